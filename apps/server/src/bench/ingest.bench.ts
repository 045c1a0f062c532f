import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import type { BenchSeries } from './bench-data';
import { benchHeaders, RECORD_MUTATION } from './documents';
import { elapsed, progress, sleep, summarize } from './measure';
import type { Figure } from './report';

const CLIENTS = 4;
const RUNS = 5;
/** Batch size → batches each client sends per run. */
const WORKLOADS = [{ size: 1_000, batches: 12 }, { size: 10_000, batches: 3 }];
const MINUTE_MS = 60_000;

interface Point {
  series: BenchSeries;
  at: Date;
  value: number;
}

/**
 * Each client owns a slice of the series (as independent producers do) and streams one point per series
 * per minute, oldest first, in batches of `size`.
 */
function clientBatches(series: readonly BenchSeries[], client: number, size: number, batches: number): Point[][] {
  const own = series.filter((s) => s.writable).filter((_, i) => i % CLIENTS === client);
  const start = Date.now() - 30 * 86_400_000;
  const points: Point[] = [];
  for (let minute = 0; points.length < size * batches; minute++) {
    for (const s of own) points.push({ series: s, at: new Date(start + minute * MINUTE_MS), value: Math.round(Math.random() * 100_000) / 100 });
  }
  return Array.from({ length: batches }, (_, b) => points.slice(b * size, (b + 1) * size));
}

function valuesInsert(table: string, rows: number): string {
  const tuples = Array.from({ length: rows }, (_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`);
  return `INSERT INTO ${table} (series_id, at, value) VALUES ${tuples.join(', ')}`;
}

async function connectedClients(url: string): Promise<Client[]> {
  return Promise.all(Array.from({ length: CLIENTS }, async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    return client;
  }));
}

/**
 * Rows per second through recordObservations (GraphQL over HTTP: validation, series resolution, upsert and
 * rollup change log in one transaction per batch; the elected refresher folds the rollups meanwhile) against raw COPY and multi-row INSERT … VALUES of the same
 * rows into tables of the same shape (columns, indexes, constraints, foreign key), in the same run.
 */
export async function ingestBench(db: DataSource, databaseUrl: string, graphqlUrl: string, series: readonly BenchSeries[]): Promise<Figure[]> {
  for (const table of ['bench_copy', 'bench_values']) {
    await db.query(`CREATE TABLE ${table} (LIKE observation INCLUDING ALL)`);
    await db.query(`ALTER TABLE ${table} ADD FOREIGN KEY (series_id) REFERENCES series(id) ON DELETE CASCADE`);
  }
  const clients = await connectedClients(databaseUrl);
  const figures: Figure[] = [];
  for (const { size, batches } of WORKLOADS) {
    const work = Array.from({ length: CLIENTS }, (_, c) => clientBatches(series, c, size, batches));
    const rows = size * batches * CLIENTS;
    const bodies = work.map((client) => client.map((batch) => JSON.stringify({
      query: RECORD_MUTATION,
      variables: { input: batch.map((p) => ({ metricKey: p.series.metricKey, dimensions: p.series.dimensions, at: p.at.toISOString(), value: p.value })) },
    })));
    const tsv = work.map((client) => client.map((batch) => Buffer.from(batch.map((p) => `${p.series.id}\t${p.at.toISOString()}\t${p.value}\n`).join(''))));
    const params = work.map((client) => client.map((batch) => batch.flatMap((p) => [p.series.id, p.at, p.value])));
    const insert = valuesInsert('bench_values', size);

    const methods = {
      graphql: async () => {
        await db.query('TRUNCATE observation, observation_hourly, observation_daily, rollup_change');
        const ms = await elapsed(() => Promise.all(bodies.map(async (own) => {
          for (const body of own) {
            const response = await fetch(graphqlUrl, { method: 'POST', headers: benchHeaders(), body });
            const result = (await response.json()) as { data?: { recordObservations: { written: number } }; errors?: unknown };
            if (result.data?.recordObservations.written !== size) throw new Error(`recordObservations failed: ${JSON.stringify(result.errors)}`);
          }
        })));
        // The refresher folds behind the writes: let it finish before the baselines run, so they do not share the machine with it.
        const drainMs = await elapsed(async () => {
          while ((await db.query<Array<{ pending: boolean }>>('SELECT EXISTS (SELECT 1 FROM rollup_change) AS pending'))[0].pending) await sleep(50);
        });
        progress(`ingest ${size}/batch: rollups caught up ${Math.round(drainMs)} ms after the last write`);
        return ms;
      },
      copy: async () => {
        await db.query('TRUNCATE bench_copy');
        return elapsed(() => Promise.all(clients.map(async (client, c) => {
          for (const data of tsv[c]) await pipeline(Readable.from([data]), client.query(copyFrom('COPY bench_copy (series_id, at, value) FROM STDIN')));
        })));
      },
      values: async () => {
        await db.query('TRUNCATE bench_values');
        return elapsed(() => Promise.all(clients.map(async (client, c) => {
          for (const batch of params[c]) await client.query(insert, batch);
        })));
      },
    };
    const rates: Record<keyof typeof methods, number[]> = { graphql: [], copy: [], values: [] };
    // Interleaved, so a noisy neighbour slows every method alike.
    for (let run = 0; run < RUNS; run++) {
      for (const method of Object.keys(methods) as Array<keyof typeof methods>) rates[method].push(rows / ((await methods[method]()) / 1000));
      progress(`ingest ${size}/batch run ${run + 1}/${RUNS}: ${Object.entries(rates).map(([m, r]) => `${m} ${Math.round(r.at(-1)!)}`).join(', ')} rows/s`);
    }
    const graphql = summarize(rates.graphql);
    const copy = summarize(rates.copy);
    const values = summarize(rates.values);
    const label = `${size.toLocaleString('en')}/batch × ${CLIENTS} clients`;
    figures.push(
      {
        case: 'Ingest', figure: 'recordObservations over HTTP vs raw COPY', size: label, unit: 'rows/s', value: graphql,
        baseline: { name: 'COPY', value: copy }, ratio: { label: 'of COPY', value: graphql.median / copy.median },
        goal: { text: '≥ 0.50× COPY', met: graphql.median / copy.median >= 0.5 },
      },
      {
        case: 'Ingest', figure: 'recordObservations over HTTP vs multi-row INSERT … VALUES', size: label, unit: 'rows/s', value: graphql,
        baseline: { name: 'VALUES', value: values }, ratio: { label: 'of VALUES', value: graphql.median / values.median },
        goal: { text: '≥ 2× VALUES', met: graphql.median / values.median >= 2 },
      },
    );
  }
  await Promise.all(clients.map((client) => client.end()));
  for (const table of ['bench_copy', 'bench_values']) await db.query(`DROP TABLE ${table}`);
  return figures;
}
