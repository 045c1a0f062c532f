import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { dedicatedConnection } from './dedicated-connection';

/** A readiness probe answers within this, whatever the database does. */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * Answers "does PostgreSQL answer a query now?" within `timeoutMs`, on a connection of its own: a probe never
 * waits for, nor holds, one of the pool's connections, and a server that stops answering (frozen, or a lost
 * network) costs one socket, cut at the deadline, rather than a pooled connection per probe. Probes arriving
 * while one is under way share its answer.
 */
export class DatabaseProbe {
  private client: Client | null = null;
  private pending: Promise<boolean> | null = null;

  constructor(private readonly db: DataSource, private readonly timeoutMs = PROBE_TIMEOUT_MS) {}

  check(): Promise<boolean> {
    this.pending ??= this.run().finally(() => (this.pending = null));
    return this.pending;
  }

  async stop(): Promise<void> {
    await this.pending;
    this.drop();
  }

  private async run(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.timeoutMs)));
    const answered = this.query().then(() => true, () => false);
    const ok = await Promise.race([answered, deadline]);
    clearTimeout(timer);
    // Past the deadline, or failed: the connection may be stuck; the next probe opens a new one.
    if (!ok) this.drop();
    return ok;
  }

  private async query(): Promise<void> {
    if (!this.client) {
      const client = dedicatedConnection(this.db, 'probe');
      this.client = client;
      client.once('end', () => {
        if (this.client === client) this.client = null;
      });
      await client.connect();
    }
    await this.client.query('SELECT 1');
  }

  private drop(): void {
    const client = this.client;
    this.client = null;
    // end() would wait for the server's answer to a stuck query: cut the socket instead.
    (client as unknown as { connection?: { stream?: { destroy(): void } } } | null)?.connection?.stream?.destroy();
    void client?.end().catch(() => undefined);
  }
}
