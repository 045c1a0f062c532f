import { Client } from 'pg';
import type { Client as WsClient } from 'graphql-ws';
import { createMetric } from './fixtures';
import type { ServerProcess } from './server-process';
import { credentialOptions, waitFor, wsClient } from './test-app';

const RECORD = `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`;
/** Every point lands in January 2026 (UTC): a fixed period, whatever the time of day the suite runs. */
export const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
const FIRST_POINT = Date.parse('2026-01-15T00:00:00Z');
const KPI = `query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range) { value } }`;
const KPI_UPDATED = `subscription ($keys: [ID!], $range: RangeInput) { kpiUpdated(keys: $keys, range: $range) { metric { key } value } }`;

/**
 * A client of one instance that records batches of points (value 1 each, a new second each, on a metric of its
 * own) as fast as they are answered, the way README tells integrators to: a 503 (or a failed connection) is
 * retried with the same batch until it is acknowledged; anything else is an error the client would give up on.
 */
export class Writer {
  /** Timestamps (ms) of acknowledged points. */
  readonly acknowledged = new Set<number>();
  /** Batches answered 503 and sent again. */
  retried = 0;
  /** Answers that were neither an acknowledgement nor a retryable 503 (e.g. 200 INTERNAL_SERVER_ERROR), until counted. */
  readonly refused: string[] = [];
  private next = 0;
  private loop: Promise<void> | null = null;
  private running = false;

  private constructor(readonly server: ServerProcess, readonly key: string, readonly batchSize: number) {}

  static async create(server: ServerProcess, batchSize = 5): Promise<Writer> {
    return new Writer(server, await createMetric(server), batchSize);
  }

  start(): void {
    this.running = true;
    this.loop ??= this.run().finally(() => (this.loop = null));
  }

  /** Sends no new batch; resolves once the one under way is acknowledged or given up. */
  async pause(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const batch = Array.from({ length: this.batchSize }, () => FIRST_POINT + 1000 * this.next++);
      const input = batch.map((at) => ({ metricKey: this.key, value: 1, at: new Date(at).toISOString() }));
      for (let attempt = 0; ; attempt++) {
        const answer = await this.server.gql(RECORD, { input }).catch((error: Error) => ({ status: 0, errors: [{ message: error.message }], data: undefined }));
        if (answer.status === 200 && answer.data?.recordObservations.written === batch.length) {
          for (const at of batch) this.acknowledged.add(at);
          break;
        }
        const exited = this.server.child.exitCode ?? this.server.child.signalCode;
        if (exited !== null) {
          // An instance that died takes no more writes: the test fails on this instead of waiting for it.
          this.refused.push(`the instance exited (${exited})`);
          this.running = false;
          break;
        }
        if (answer.status === 503 || answer.status === 0) {
          this.retried++;
          // A client's backoff: the fault tests do not need a faster one.
          await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
          continue;
        }
        this.refused.push(`${answer.status} ${JSON.stringify(answer.errors)}`);
        break;
      }
    }
  }
}

/** Follows one KPI on one instance over a WebSocket that reconnects and resubscribes by itself. */
export class Watcher {
  latest: number | null = null;
  received = 0;
  errors: string[] = [];
  private readonly client: WsClient;

  constructor(readonly server: ServerProcess, readonly key: string) {
    this.client = wsClient({
      url: server.wsUrl, ...credentialOptions(server.admin),
      retryAttempts: Number.MAX_SAFE_INTEGER, shouldRetry: () => true,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 200)),
    });
    this.client.subscribe<{ kpiUpdated: { value: number | null } }>({ query: KPI_UPDATED, variables: { keys: [key], range: RANGE } }, {
      next: (result) => {
        if (result.errors) this.errors.push(JSON.stringify(result.errors));
        else {
          this.latest = result.data!.kpiUpdated.value;
          this.received++;
        }
      },
      error: (error) => this.errors.push(String(error)),
      complete: () => undefined,
    });
  }

  dispose(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}

/** The KPI as a fresh request reads it now. */
export async function freshValue(server: ServerProcess, key: string, guardMs = 60_000): Promise<number | null> {
  const deadline = Date.now() + guardMs;
  while (Date.now() < deadline) {
    const answer = await server.gql(KPI, { key, range: RANGE });
    if (answer.status === 200 && !answer.errors) return answer.data.kpi.value;
    if (answer.status !== 503) throw new Error(`kpi ${key}: ${answer.status} ${JSON.stringify(answer.errors)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`kpi ${key}: still 503 after ${guardMs} ms`);
}

export interface FaultCounts {
  acknowledged: number;
  stored: number;
  lost: number;
  /** Points counted more than once by the KPI (a retried batch added again), from the rollups against the rows. */
  duplicated: number;
  /** Stored points the KPI does not count. */
  uncounted: number;
  /** Written although never acknowledged (a batch whose answer was lost); allowed. */
  storedUnacknowledged: number;
  retried503: number;
  /** Answers since the last count that a client would have dropped its batch on, and what they were. */
  refused: number;
  refusedAnswers: string[];
  /** Watchers whose last snapshot differs from a fresh read once everything has settled. */
  stale: number;
  /** Which, as "instance url, metric: watched value ≠ fresh value". */
  staleWatchers: string[];
}

/** Rows stored per metric, straight from the database the test owns. */
async function storedPoints(databaseUrl: string, keys: string[]): Promise<Map<string, Set<number>>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ metric_key: string; at: Date }>(
      'SELECT s.metric_key, o.at FROM observation o JOIN series s ON s.id = o.series_id WHERE s.metric_key = ANY($1)', [keys]);
    const stored = new Map(keys.map((key) => [key, new Set<number>()]));
    for (const row of rows) stored.get(row.metric_key)!.add(row.at.getTime());
    return stored;
  } finally {
    await client.end();
  }
}

/**
 * Counts acknowledgements against stored rows, the KPI (rollups) against the rows, and watchers against a fresh
 * read, waiting up to `settleMs` for the watchers to catch up (a hang guard: they are expected to well before).
 */
export async function countFaults(databaseUrl: string, writers: Writer[], watchers: Watcher[], settleMs = 60_000): Promise<FaultCounts> {
  const stored = await storedPoints(databaseUrl, writers.map((writer) => writer.key));
  const counts: FaultCounts = { acknowledged: 0, stored: 0, lost: 0, duplicated: 0, uncounted: 0, storedUnacknowledged: 0, retried503: 0, refused: 0, refusedAnswers: [], stale: 0, staleWatchers: [] };
  const fresh = new Map<string, number | null>();
  for (const writer of writers) {
    const rows = stored.get(writer.key)!;
    counts.acknowledged += writer.acknowledged.size;
    counts.stored += rows.size;
    counts.lost += [...writer.acknowledged].filter((at) => !rows.has(at)).length;
    counts.storedUnacknowledged += [...rows].filter((at) => !writer.acknowledged.has(at)).length;
    counts.retried503 += writer.retried;
    counts.refusedAnswers.push(...writer.refused.splice(0));
    const value = await freshValue(writer.server, writer.key);
    fresh.set(writer.key, value);
    counts.duplicated += Math.max(0, (value ?? 0) - rows.size);
    counts.uncounted += Math.max(0, rows.size - (value ?? 0));
  }
  const isStale = (watcher: Watcher) => watcher.latest !== fresh.get(watcher.key);
  await waitFor(() => !watchers.some(isStale), settleMs).catch(() => undefined);
  const stale = watchers.filter(isStale);
  counts.stale = stale.length;
  counts.staleWatchers = stale.map((watcher) => `${watcher.server.url}, ${watcher.key}: ${watcher.latest} ≠ ${fresh.get(watcher.key)}`);
  counts.refused = counts.refusedAnswers.length;
  return counts;
}
