import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { seriesKey } from '@opshub/metrics';
import type { BenchServer } from './bench-server.client';
import { benchCredentials } from './documents';
import { elapsed, progress, sleep, summarize } from './measure';
import type { Figure } from './report';

const ROWS = 1_000_000;
const REGIONS = ['EMEA', 'NA', 'APAC', 'LATAM'];
const FIRST_MINUTE = Date.UTC(2023, 0, 1);
const MAPPING = {
  metric: { key: 'finance.revenue' },
  timestamp: { column: 'at', format: 'ISO', timeZone: 'UTC' },
  value: { column: 'amount' },
  dimensions: ['region'],
};
const MB = 2 ** 20;

/** Row i: minute i from 2023-01-01, the regions in turn, an amount with cents. */
const row = (i: number) => ({ at: new Date(FIRST_MINUTE + i * 60_000).toISOString(), region: REGIONS[i % REGIONS.length], amount: ((i * 7919) % 100_000) / 100 });

function csvFile(): Buffer {
  const lines = ['at,region,amount'];
  for (let i = 0; i < ROWS; i++) {
    const r = row(i);
    lines.push(`${r.at},${r.region},${r.amount}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Rows per second of COPY of the file's rows (series resolved) into a table of the observation's shape. */
async function copyRate(db: DataSource, databaseUrl: string, series: Map<string, string>): Promise<number> {
  await db.query('CREATE TABLE bench_import_copy (LIKE observation INCLUDING ALL)');
  await db.query('ALTER TABLE bench_import_copy ADD FOREIGN KEY (series_id) REFERENCES series(id) ON DELETE CASCADE');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const tsv = function* () {
    for (let start = 0; start < ROWS; start += 10_000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(ROWS, start + 10_000); i++) {
        const r = row(i);
        lines.push(`${series.get(r.region)}\t${r.at}\t${r.amount}\n`);
      }
      yield lines.join('');
    }
  };
  const copyMs = await elapsed(() => pipeline(Readable.from(tsv()), client.query(copyFrom('COPY bench_import_copy (series_id, at, value) FROM STDIN'))));
  await client.end();
  const [{ n }] = await db.query<Array<{ n: string }>>('SELECT count(*) AS n FROM bench_import_copy');
  if (Number(n) !== ROWS) throw new Error(`COPY wrote ${n} of ${ROWS} rows`);
  await db.query('DROP TABLE bench_import_copy');
  return ROWS / (copyMs / 1000);
}

/**
 * Waits for the import's end: its seconds from the upload's start to the job's end, as the server recorded them,
 * and the server's peak RSS by the time a quarter of the rows were done (memory that grew with the file would
 * keep rising after it).
 */
async function importSecondsOf(db: DataSource, server: BenchServer, id: string): Promise<{ seconds: number; quarterPeak: number }> {
  let quarterPeak: number | null = null;
  let reported = 0;
  for (;;) {
    const [run] = await db.query<Array<{ state: string; rows_done: number; rows_written: number; error: string | null; seconds: number }>>(
      'SELECT state, rows_done, rows_written, error, extract(epoch FROM coalesce(finished_at, now()) - created_at)::float8 AS seconds FROM import_run WHERE id = $1', [id]);
    if (run.state === 'FAILED' || run.state === 'CANCELLED') throw new Error(`import ${run.state}: ${run.error}`);
    const { peak } = await server.peakRss();
    if (quarterPeak === null && run.rows_done >= ROWS / 4) quarterPeak = peak;
    if (run.state === 'COMPLETED') {
      if (run.rows_written !== ROWS) throw new Error(`import wrote ${run.rows_written} of ${ROWS} rows`);
      return { seconds: run.seconds, quarterPeak: quarterPeak ?? peak };
    }
    if (run.seconds - reported >= 5) {
      reported = run.seconds;
      progress(`import: ${run.state.toLowerCase()}, ${run.rows_done.toLocaleString('en')} rows done, ${Math.round(run.seconds)} s, server RSS peak so far ${Math.round(peak / MB)} MB`);
    }
    await sleep(250);
  }
}

/**
 * A 1M-row CSV through the file import as a user runs it (multipart upload, stored, then the queue job:
 * parse, map, validate, write batches with their checkpoints through the observation write path and its
 * rollup change log, folded by the refresher meanwhile), against COPY of the same rows (series resolved) into a table of the observation's shape, just
 * before and just after it in the same run. The import's time is the server's own, from the upload's start to the job's end; the server's
 * resident memory is sampled throughout, to show it stays flat however large the file.
 */
export async function importBench(db: DataSource, databaseUrl: string, server: BenchServer): Promise<Figure[]> {
  const file = csvFile();
  const base = server.url.replace(/\/graphql$/, '');
  progress(`import: ${ROWS.toLocaleString('en')} rows, ${(file.length / MB).toFixed(1)} MB of CSV`);

  // The series of the file, so COPY can run before the import as well as after it.
  await db.query(`INSERT INTO series (metric_key, series_key, dimensions) SELECT 'finance.revenue', k, d::jsonb FROM unnest($1::text[], $2::text[]) AS t(k, d)
                  ON CONFLICT (metric_key, series_key) DO NOTHING`, [REGIONS.map((region) => seriesKey({ region })), REGIONS.map((region) => JSON.stringify({ region }))]);
  const series = new Map((await db.query<Array<{ id: string; region: string }>>(
    "SELECT id, dimensions->>'region' AS region FROM series WHERE metric_key = 'finance.revenue' AND series_key = ANY($1)", [REGIONS.map((region) => seriesKey({ region }))],
  )).map((s) => [s.region, s.id]));
  const copyBefore = await copyRate(db, databaseUrl, series);

  const rssStart = await server.watchRss();
  const form = new FormData();
  form.append('mapping', JSON.stringify(MAPPING));
  form.append('file', new Blob([file]), 'bench.csv');
  const response = await fetch(`${base}/api/imports`, { method: 'POST', headers: { authorization: `Bearer ${benchCredentials.apiKey}` }, body: form });
  const upload = (await response.json()) as { id: string; error?: string };
  if (response.status !== 202) throw new Error(`import upload refused: ${upload.error}`);
  const { seconds: importSeconds, quarterPeak } = await importSecondsOf(db, server, upload.id);
  const rss = await server.peakRss();
  const copyAfter = await copyRate(db, databaseUrl, series);

  const importRate = ROWS / importSeconds;
  // The faster COPY of the two: a busy neighbour during one of them does not flatter the import.
  const copy = Math.max(copyBefore, copyAfter);
  progress(`import ${Math.round(importRate)} rows/s (${importSeconds.toFixed(1)} s), COPY ${Math.round(copyBefore)} rows/s before it and ${Math.round(copyAfter)} after; server RSS ${Math.round(rss.start / MB)} MB at the start, ${Math.round(rss.peak / MB)} MB at the peak`);
  const size = `${ROWS.toLocaleString('en')} rows, ${(file.length / MB).toFixed(0)} MB CSV`;
  return [
    {
      case: 'Import', figure: 'CSV file import (upload, queue job, batches with checkpoints) vs raw COPY', size, unit: 'rows/s', value: summarize([importRate]),
      baseline: { name: 'COPY (faster of before/after)', value: summarize([copy]) }, ratio: { label: 'of COPY', value: importRate / copy },
      goal: { text: '≥ 0.50× COPY', met: importRate / copy >= 0.5 },
    },
    {
      case: 'Import', figure: 'server RSS during the import, peak', size, unit: 'MB', value: summarize([rss.peak / MB]),
      baseline: { name: 'at the start', value: summarize([rssStart / MB]) }, ratio: { label: 'of the start', value: rss.peak / rssStart },
    },
    {
      case: 'Import', figure: 'server RSS peak over the whole import vs the peak when a quarter of the rows were done (memory held per row would keep rising after the first quarter)', size, unit: 'MB',
      value: summarize([rss.peak / MB]), baseline: { name: 'peak at 25 % of the rows', value: summarize([quarterPeak / MB]) }, ratio: { label: 'of the 25 % peak', value: rss.peak / quarterPeak },
    },
  ];
}
