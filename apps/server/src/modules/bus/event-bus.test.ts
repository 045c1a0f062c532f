import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createBusTransport, createEventBus, type EventBus, type ObservationsRecorded } from './event-bus';
import { createLogger } from '../../common/logger';
import { loadConfig } from '../../config';
import { createDataSource } from '../../database/data-source';
import { createTestDatabase, waitFor } from '../../testing/test-app';
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
