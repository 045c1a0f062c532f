import { qb, run } from '../../database/sql';
import { createTestApp, type TestApp } from '../../testing/test-app';

const DAY_MS = 86_400_000;
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({
    seedCatalog: false,
    env: { SESSION_RETENTION_DAYS: '30', WEBHOOK_ATTEMPT_RETENTION_DAYS: '7', DIGEST_OUTBOX_RETENTION_DAYS: '90' },
  });
});
afterAll(() => app.close());

describe('retention purge', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

  it('deletes old sessions, attempt logs of finished deliveries and digests, and keeps recent ones', async () => {
    const { userId } = await app.signIn('ADMIN');
    const session = (token: string, expiresAt: Date, revokedAt: Date | null = null) =>
      ({ token_hash: token, user_id: userId, expires_at: expiresAt, revoked_at: revokedAt, created_at: daysAgo(60) });
    await run(app.db, qb.insertInto('user_session').values([
      session('expired-long-ago', daysAgo(31)),
      session('revoked-long-ago', daysAgo(-5), daysAgo(31)),
      session('expired-recently', daysAgo(29)),
      session('revoked-recently', daysAgo(-5), daysAgo(1)),
      session('active', daysAgo(-1)),
    ]).returning('token_hash'));

    const [endpoint] = await run(app.db, qb.insertInto('webhook_endpoint')
      .values({ name: 'retention', url: 'http://127.0.0.1:9/hook', secret: 's', event_types: [] }).returning('id'));
    // Not due for a day: the running dispatcher leaves the PENDING one alone.
    const delivery = (state: string) => run(app.db, qb.insertInto('webhook_delivery')
      .values({ endpoint_id: endpoint.id, event_type: 'alert.raised', payload: '{}', state, next_attempt_at: new Date(Date.now() + DAY_MS) })
      .returning('id')).then(([row]) => row.id);
    const delivered = await delivery('DELIVERED');
    const pending = await delivery('PENDING');
    const attempt = (deliveryId: string, n: number, at: Date) => ({ delivery_id: deliveryId, attempt: n, at, duration_ms: 5 });
    const attempts = await run(app.db, qb.insertInto('webhook_attempt').values([
      attempt(delivered, 1, daysAgo(8)), attempt(delivered, 2, daysAgo(6)), attempt(pending, 1, daysAgo(8)),
    ]).returning('id'));

    const digest = (subject: string, createdAt: Date, sentAt: Date | null) => ({
      subject, created_at: createdAt, sent_at: sentAt, dashboard_slug: 'executive', cadence: 'DAILY',
      period_from: daysAgo(100), period_to: daysAgo(99), html: '<p></p>',
    });
    await run(app.db, qb.insertInto('digest_outbox').values([
      digest('old sent', daysAgo(91), daysAgo(91)), digest('old unsent', daysAgo(91), null), digest('recent', daysAgo(89), null),
    ]).returning('id'));

    expect(await app.services.retention.purge(now)).toEqual({ sessions: 2, webhookAttempts: 1, digests: 2, observationMonths: 0 });

    const sessions = await run(app.db, qb.selectFrom('user_session').select('token_hash').where('user_id', '=', userId).orderBy('token_hash'));
    expect(sessions.map((row) => row.token_hash)).toEqual(expect.arrayContaining(['active', 'expired-recently', 'revoked-recently']));
    expect(sessions.map((row) => row.token_hash)).not.toEqual(expect.arrayContaining(['expired-long-ago']));
    expect(sessions.map((row) => row.token_hash)).not.toEqual(expect.arrayContaining(['revoked-long-ago']));
    const kept = await run(app.db, qb.selectFrom('webhook_attempt').select('id').orderBy('id'));
    expect(kept.map((row) => row.id)).toEqual([attempts[1].id, attempts[2].id]);
    const digests = await run(app.db, qb.selectFrom('digest_outbox').select('subject'));
    expect(digests.map((row) => row.subject)).toEqual(['recent']);

    // A second run, on this instance or another, finds nothing left to delete.
    expect(await app.services.retention.purge(now)).toEqual({ sessions: 0, webhookAttempts: 0, digests: 0, observationMonths: 0 });
  });
});
