import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { backoffDelay } from '@opshub/metrics';
import { RECONNECT_BACKOFF } from '../../common/backoff';
import type { Logger } from '../../common/logger';
import { dedicatedConnection } from '../../database/dedicated-connection';
import type { BusHandlers, BusTransport } from './bus-transport';

/** NOTIFY channels are per database, so deployments sharing a PostgreSQL server never hear each other. */
const CHANNEL = 'opshub_events';

/**
 * LISTEN/NOTIFY: nothing extra to run. Messages go out with pg_notify on a pooled connection and arrive
 * on a dedicated one, which is reopened with backoff whenever it drops.
 */
export class PostgresBusTransport implements BusTransport {
  readonly kind = 'postgres';
  private client: Client | null = null;
  private readonly stopping = new AbortController();
  private handlers: BusHandlers | null = null;

  constructor(private readonly db: DataSource, private readonly logger: Logger) {}

  get connected(): boolean {
    return this.client !== null;
  }

  async start(handlers: BusHandlers): Promise<void> {
    this.handlers = handlers;
    this.client = await this.listen();
  }

  async send(raw: string): Promise<void> {
    await this.db.query('SELECT pg_notify($1, $2)', [CHANNEL, raw]);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    const client = this.client;
    this.client = null;
    await client?.end();
  }

  private async listen(): Promise<Client> {
    const client = dedicatedConnection(this.db, 'bus');
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    client.on('notification', ({ payload }) => payload && this.handlers?.message(payload));
    client.once('end', () => this.dropped(client));
    return client;
  }

  private dropped(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.logger.warn('bus: lost the PostgreSQL LISTEN connection, reconnecting');
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await sleep(backoffDelay(attempt, RECONNECT_BACKOFF), undefined, { signal: this.stopping.signal });
        const client = await this.listen();
        if (this.stopping.signal.aborted) {
          await client.end();
          return;
        }
        this.client = client;
        this.logger.info({ attempts: attempt + 1 }, 'bus: PostgreSQL LISTEN connection restored');
        this.handlers?.reconnected();
        return;
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        this.logger.debug({ err: error, attempt }, 'bus: PostgreSQL still unreachable');
      }
    }
  }
}
