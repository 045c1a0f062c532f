import { Client } from 'pg';
import type { DataSource, DataSourceOptions } from 'typeorm';
import { CONNECT_TIMEOUT_MS } from './data-source';

/**
 * A connection outside the pool, for session state a pooled connection cannot keep (LISTEN, advisory
 * locks). Its owner learns of a lost connection from the 'end' event; 'error' is swallowed here only so
 * an idle connection's error cannot crash the process.
 */
export function dedicatedConnection(db: DataSource, role: string): Client {
  const client = new Client({
    connectionString: (db.options as Extract<DataSourceOptions, { type: 'postgres' }>).url,
    keepAlive: true,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: `opshub-${role}`,
  });
  client.on('error', () => undefined);
  return client;
}
