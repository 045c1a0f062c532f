/**
 * `npm run bench`: a real server on a real PostgreSQL, every figure next to its baseline from the same run
 * (shared machines are noisy: ratios hold where absolute times do not). Prints one Markdown table on stdout
 * and writes it, with the machine and the commit, to bench/results/<time>.json. `npm run bench -- import
 * ingest` runs only the cases named (ingest, import, dashboard, api, fanout, web); api needs dashboard's data.
 * `--sizes=1000000` sets the dashboard's history sizes (default 1M and 10M).
 */
import 'reflect-metadata';
import { sql } from 'kysely';
import path from 'node:path';
import { loadConfig } from '../config';
import { createDataSource } from '../database/data-source';
import { qb, run, runSql } from '../database/sql';
import { seedCatalog } from '../seed/seed.service';
import { createBenchSeries, loadHistory } from './bench-data';
import { benchDatabase } from './bench-postgres';
import { startBenchServer } from './bench-server.client';
import { apiThroughputBench } from './api-throughput.bench';
import { dashboardReadBench } from './dashboard-read.bench';
import { importBench } from './import.bench';
import { ingestBench } from './ingest.bench';
import { liveFanOutBench } from './live-fanout.bench';
import { progress } from './measure';
import { commit, machine, table, writeResults, type Figure } from './report';
import { webBundleBench } from './web-bundle.bench';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const HISTORY_SIZES = [1_000_000, 10_000_000];
const CASES = ['ingest', 'import', 'dashboard', 'api', 'fanout', 'web'];
const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknownCase = chosen.find((name) => !CASES.includes(name));
if (unknownCase) throw new Error(`unknown bench case "${unknownCase}": choose from ${CASES.join(', ')}`);
const wanted = (name: string) => chosen.length === 0 || chosen.includes(name);
const SIZES = process.argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length).split(',').map(Number) ?? HISTORY_SIZES;

async function main(): Promise<void> {
  const started = Date.now();
  const takenAt = new Date().toISOString();
  const { timeZone } = loadConfig(process.env).organization;
  const database = await benchDatabase((line) => progress(line));
  // The raw baselines run with the server's defaults, JIT included (it can speed up their long scans).
  const db = createDataSource(database.url, { poolSize: 4, serverJit: true });
  const figures: Figure[] = [];
  try {
    await db.initialize();
    await db.runMigrations();
    await seedCatalog(db, new Date(), timeZone);
    const [{ server_version: postgres }] = await runSql(db, sql<{ server_version: string }>`SHOW server_version`);
    progress(`PostgreSQL ${postgres} (${database.origin}), organisation time zone ${timeZone}`);
    const series = await createBenchSeries(db, timeZone);
    const env = { DATABASE_URL: database.url, ORG_TIMEZONE: timeZone, IMPORT_MAX_BYTES: String(1024 * 1024 * 1024) };
    let server = await startBenchServer(env);
    try {
      if (wanted('ingest')) {
        progress(`ingest: ${series.length} series`);
        figures.push(...(await ingestBench(db, database.url, server.url, series)));
      }
      if (wanted('import')) figures.push(...(await importBench(db, database.url, server)));

      const dashboards = [];
      for (const total of wanted('dashboard') ? SIZES : []) {
        const size = `${total / 1_000_000}M observations`;
        progress(`loading ${size} over ${series.length} series and two years, then rebuilding the rollups`);
        await loadHistory(db, total, timeZone);
        progress(`dashboard reads at ${size}`);
        const read = await dashboardReadBench(db, server.url, timeZone, size);
        figures.push(...read.figures);
        dashboards.push(read.dashboard);
      }
      const [small, large] = dashboards;
      if (large) figures.push({
        case: 'Dashboard read', figure: 'executive dashboard latency growth, 10M / 1M observations', size: '10× the data', unit: '×',
        value: { median: large.median / small.median, p95: large.p95 / small.p95, runs: large.runs },
        goal: { text: 'median ≤ 1.5×', met: large.median / small.median <= 1.5 },
      });

      if (wanted('api')) {
        progress('API throughput');
        figures.push(...(await apiThroughputBench(server.url, server.plainUrl, '10M observations')));
      }

      if (wanted('fanout')) {
        // A fresh process, so memory per connection is measured from a quiet baseline.
        await server.stop();
        server = await startBenchServer(env);
        progress('live fan-out');
        const slugs = await run(db, qb.selectFrom('dashboard').select('slug').orderBy('position'));
        figures.push(...(await liveFanOutBench(server, slugs.map((row) => row.slug))));
      }
    } finally {
      await server.stop();
    }
    if (wanted('web')) figures.push(webBundleBench(path.join(REPO_ROOT, 'apps/web/dist')));

    const result = { takenAt, machine: machine(postgres), commit: commit(REPO_ROOT), durationS: Math.round((Date.now() - started) / 1000), figures };
    const file = writeResults(REPO_ROOT, result);
    const m = result.machine;
    console.log(`OpsHub benchmarks, ${takenAt.slice(0, 10)} — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}; commit ${result.commit}; ${result.durationS} s\n`);
    console.log(table(figures));
    console.log(`\n${path.relative(process.cwd(), file)}`);
  } finally {
    await db.destroy();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
