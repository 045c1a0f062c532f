import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createBusTransport, createEventBus, type EventBus, type ObservationsRecorded } from './event-bus';
import { createLogger } from '../../common/logger';
import { loadConfig } from '../../config';
import { createDataSource } from '../../database/data-source';
import { createTestDatabase, waitFor, within } from '../../testing/test-app';
import { MAX_MESSAGE_BYTES, decodeMessage, encodeMessage } from './bus-message';

const REDIS_URL = 'redis://127.0.0.1:6379';
const ALL_KEYS = ['every.metric', 'there.is'];
const logger = createLogger('silent');

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource(database.url, { poolSize: 2 });
  await db.initialize();
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

/** What one bus delivers to its in-process subscribers. */
function received(bus: EventBus) {
  const events: ObservationsRecorded[] = [];
  const iterator = bus.subscribe('observationsRecorded');
  void (async () => { for await (const event of iterator) events.push(event); })();
  return { events, stop: () => void iterator.return?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('bus messages', () => {
  it('list the changed keys, or say "everything" when they would not fit in one NOTIFY', () => {
    const small = { origin: 'a', sentAt: 1, channel: 'observationsRecorded' as const, metricKeys: ['sales.deals_won'] };
    expect(decodeMessage(encodeMessage(small))).toEqual(small);
    const large = { origin: 'a', sentAt: 1, channel: 'observationsRecorded' as const, metricKeys: Array.from({ length: 1000 }, (_, i) => `metric.number_${i}`) };
    const raw = encodeMessage(large);
    expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(decodeMessage(raw)).toEqual({ ...large, metricKeys: null });
  });

  it('carry lead changes and SLA breaches by id', () => {
    const changed = { origin: 'a', sentAt: 1, channel: 'leadChanged' as const, leadId: 'l1', kinds: ['CREATED', 'SCORED'] };
    const breached = { origin: 'a', sentAt: 1, channel: 'slaBreached' as const, clockId: 'c1', leadId: 'l1' };
    expect(decodeMessage(encodeMessage(changed))).toEqual(changed);
    expect(decodeMessage(encodeMessage(breached))).toEqual(breached);
  });

  it.each([
    'not json',
    'null',
    '{"origin":1}',
    '{"origin":"a","sentAt":1,"metricKeys":["k"]}',
    '{"origin":"a","sentAt":1,"channel":"observationsRecorded","metricKeys":[1]}',
    '{"origin":"a","sentAt":1,"channel":"leadChanged","leadId":"l1"}',
    '{"origin":"a","sentAt":1,"channel":"slaBreached","clockId":2,"leadId":"l1"}',
  ])('ignores foreign payloads: %s', (raw) => {
    expect(decodeMessage(raw)).toBeNull();
  });
});

describe.each([
  ['PostgreSQL LISTEN/NOTIFY', {}],
  ['Redis pub/sub', { REDIS_URL }],
])('the event bus over %s', (_name, env: Record<string, string>) => {
  let a: EventBus;
  let b: EventBus;
  let onA: ReturnType<typeof received>;
  let onB: ReturnType<typeof received>;

  beforeEach(async () => {
    const config = loadConfig({ NODE_ENV: 'test', ...env });
    // Two instances of the application, as two processes would have.
    [a, b] = [0, 1].map(() => createEventBus({ transport: createBusTransport(config, db, logger), allMetricKeys: async () => ALL_KEYS, logger }));
    // An unreachable Redis rejects here: the suite fails rather than skips.
    await Promise.all([a.start(), b.start()]);
    expect([a.kind, b.kind]).toEqual(env.REDIS_URL ? ['redis', 'redis'] : ['postgres', 'postgres']);
    onA = received(a);
    onB = received(b);
  });
  afterEach(async () => {
    onA.stop();
    onB.stop();
    await Promise.all([a.stop(), b.stop()]);
  });

  it('delivers an event to the other instance, and exactly once to each', async () => {
    a.publish('observationsRecorded', { metricKeys: ['sales.deals_won'] });
    await waitFor(() => onB.events.length > 0);
    await settle();
    expect(onA.events).toEqual([{ metricKeys: ['sales.deals_won'] }]);
    expect(onB.events).toEqual([{ metricKeys: ['sales.deals_won'] }]);
  });

  it('carries lead changes and SLA breaches to the other instance', async () => {
    const changes = b.subscribe('leadChanged');
    const breaches = b.subscribe('slaBreached');
    // A subscription starts listening at its first next(): ask before publishing.
    const [change, breach] = [changes.next(), breaches.next()];
    a.publish('leadChanged', { leadId: 'lead-1', kinds: ['TRANSITIONED'] });
    a.publish('slaBreached', { clockId: 'clock-1', leadId: 'lead-1' });
    expect((await change).value).toEqual({ leadId: 'lead-1', kinds: ['TRANSITIONED'] });
    expect((await breach).value).toEqual({ clockId: 'clock-1', leadId: 'lead-1' });
    await changes.return?.();
    await breaches.return?.();
  });

  it('turns a batch of keys too large for one message into "everything changed" on the other side', async () => {
    const metricKeys = Array.from({ length: 1000 }, (_, i) => `metric.number_${i}`);
    a.publish('observationsRecorded', { metricKeys });
    await waitFor(() => onB.events.length > 0);
    expect(onA.events).toEqual([{ metricKeys }]);
    expect(onB.events).toEqual([{ metricKeys: ALL_KEYS }]);
  });

  it('reconnects after losing its connection and resyncs everything it may have missed', async () => {
    if (env.REDIS_URL) {
      const admin = new Redis(REDIS_URL);
      const ours = (await admin.client('LIST') as string).split('\n').filter((line) => line.includes(`name=opshub-bus-sub-${db.driver.database} `));
      expect(ours).toHaveLength(2);
      for (const line of ours) await admin.client('KILL', 'ID', /id=(\d+)/.exec(line)![1]);
      admin.disconnect();
    } else {
      const killed = await db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'opshub-bus'`,
      );
      expect(killed).toHaveLength(2);
    }
    await waitFor(() => onA.events.length > 0 && onB.events.length > 0);
    expect(onA.events).toEqual([{ metricKeys: ALL_KEYS }]);
    expect(onB.events).toEqual([{ metricKeys: ALL_KEYS }]);
    expect([a.connected, b.connected]).toEqual([true, true]);

    a.publish('observationsRecorded', { metricKeys: ['after.reconnect'] });
    await waitFor(() => onB.events.length > 1);
    expect(onB.events[1]).toEqual({ metricKeys: ['after.reconnect'] });
  });
});

it('refuses to start when Redis cannot be reached, instead of running deaf to other instances', async () => {
  const bus = createEventBus({ transport: createBusTransport(loadConfig({ REDIS_URL: 'redis://127.0.0.1:1' }), db, logger) });
  await expect(bus.start()).rejects.toThrow(/ECONNREFUSED|Connection is closed/);
});

/**
 * A hop to the test Redis that forwards, or holds: accepts each new connection and answers nothing, as a Redis
 * that takes connections but cannot serve them yet (a proxy whose server is down, a server still starting).
 */
class RedisHold {
  /** Connections accepted while holding, with what the client wrote on each. */
  readonly held: { socket: Socket; data: string }[] = [];
  private readonly forwarded = new Set<Socket>();
  private holding = false;

  private constructor(private readonly server: Server) {}

  static async create(): Promise<RedisHold> {
    const server = createServer();
    const hold = new RedisHold(server);
    server.on('connection', (client) => hold.accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return hold;
  }

  get url(): string {
    return `redis://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private accept(client: Socket): void {
    client.on('error', () => undefined);
    if (this.holding) {
      const connection = { socket: client, data: '' };
      client.on('data', (chunk: Buffer) => (connection.data += chunk.toString()));
      this.held.push(connection);
      return;
    }
    const { hostname, port } = new URL(REDIS_URL);
    const upstream = connect(Number(port), hostname);
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      this.forwarded.add(from);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.forwarded.delete(from);
        to.destroy();
      });
      from.pipe(to);
    }
  }

  /** Drops every forwarded connection; new ones are held. */
  hold(): void {
    this.holding = true;
    for (const socket of this.forwarded) socket.destroy();
  }

  /** Drops the held connections; new ones are forwarded. */
  release(): void {
    this.holding = false;
    for (const { socket } of this.held) socket.destroy();
  }

  close(): Promise<void> {
    this.release();
    for (const socket of this.forwarded) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('the event bus over Redis, when reconnecting stalls in the handshake', () => {
  it('delivers an event published meanwhile to the other instance once Redis answers again', async () => {
    const hold = await RedisHold.create();
    const transport = createBusTransport(loadConfig({ NODE_ENV: 'test', REDIS_URL: hold.url }), db, logger);
    const a = createEventBus({ transport, allMetricKeys: async () => ALL_KEYS, logger });
    const b = createEventBus({ transport: createBusTransport(loadConfig({ NODE_ENV: 'test', REDIS_URL }), db, logger), allMetricKeys: async () => ALL_KEYS, logger });
    await Promise.all([a.start(), b.start()]);
    const onB = received(b);
    try {
      hold.hold();
      // A's publisher reconnects into the hold: its socket is up, its handshake never answered, and the event is
      // published meanwhile. Each attempt is dropped once the PUBLISH is written on it (or after 2 s). Two in a row:
      // ioredis rejects what a dropped attempt held on every other attempt only (maxRetriesPerRequest 1); on the
      // other, the PUBLISH was never settled and the outbox waited on it for good.
      const publisherAttempts = () => hold.held.filter((connection) => connection.data.includes('opshub-bus-pub-'));
      for (let attempt = 1; attempt <= 2; attempt++) {
        await waitFor(() => publisherAttempts().length >= attempt);
        if (attempt === 1) a.publish('observationsRecorded', { metricKeys: ['written.during.handshake'] });
        const connection = publisherAttempts()[attempt - 1];
        await waitFor(() => /\$7\r\npublish\r\n/i.test(connection.data), 2_000).catch(() => undefined);
        connection.socket.destroy();
      }
      hold.release();
      await waitFor(() => onB.events.some((event) => event.metricKeys.includes('written.during.handshake')));
      expect(a.queued).toBe(0);
    } finally {
      onB.stop();
      // An outbox waiting on a send that never settles (what this test is about) would hold stop() forever.
      await Promise.all([within(a.stop(), 10_000, undefined).then(() => transport.stop()), b.stop()]);
      await hold.close();
    }
  });
});
