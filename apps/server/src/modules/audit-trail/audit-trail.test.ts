import { createMetric } from '../../testing/fixtures';
import { createTestApp, type Credentials, type TestApp } from '../../testing/test-app';
import { SYSTEM_ACTOR } from '../audit/audit.service';

let app: TestApp;
let salesHead: Credentials & { userId: string };
beforeAll(async () => {
  app = await createTestApp();
  salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
}, 120_000);
afterAll(() => app.close());

const SET_TARGET = `mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`;
const HISTORY = `query ($k: ID!) { metric(key: $k) { history { action objectType objectLabel actorKind actorId actorName department metricKey before after } } }`;
const EVENTS = `query ($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id action objectType objectId actorName } } } }`;

const count = async () => (await app.db.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n as number;

describe('the audit trail', () => {
  it("records a target's creation, change and deletion with who, before and after, in the metric's history", async () => {
    const key = await createMetric(app, { department: 'SALES', name: 'Win rate' });
    const input = { metricKey: key, kind: 'PLAN', value: 0.25, effectiveFrom: '2026-01-01T00:00:00Z' };
    const created = await app.gql(SET_TARGET, { input }, salesHead);
    expect(created.errors).toBeUndefined();
    expect((await app.gql(SET_TARGET, { input: { ...input, value: 0.3 } }, salesHead)).errors).toBeUndefined();
    const deleted = await app.gql(`mutation ($id: ID!) { deleteTarget(id: $id) }`, { id: created.data.setTarget.id }, salesHead);
    expect(deleted.errors).toBeUndefined();

    const { data, errors } = await app.gql(HISTORY, { k: key }, salesHead);
    expect(errors).toBeUndefined();
    const [remove, update, create, metric] = data.metric.history;
    const by = { actorKind: 'USER', actorId: salesHead.userId, actorName: expect.stringMatching(/^DEPARTMENT_HEAD \d+$/), department: 'SALES', metricKey: key };
    expect(create).toMatchObject({ ...by, action: 'CREATE', objectType: 'TARGET', objectLabel: 'Win rate: PLAN', before: null, after: { value: 0.25, kind: 'PLAN' } });
    expect(update).toMatchObject({ ...by, action: 'UPDATE', before: { value: 0.25 }, after: { value: 0.3 } });
    expect(remove).toMatchObject({ ...by, action: 'DELETE', before: { value: 0.3 }, after: null });
    // The metric itself was created by the ADMIN (the fixture).
    expect(metric).toMatchObject({ action: 'CREATE', objectType: 'METRIC', objectLabel: 'Win rate', before: null, after: { key, department: 'SALES' } });
    expect(data.metric.history).toHaveLength(4);
  });

  it('records users and keys without their secrets', async () => {
    const user = await app.gql(`mutation { createUser(input: { email: "audit.user@test.opshub", name: "Ana Ruiz", password: "a long enough password", role: DEPARTMENT_HEAD, departments: [SALES] }) { id } }`);
    expect(user.errors).toBeUndefined();
    const key = await app.gql(`mutation { createApiKey(input: { name: "audited", scopes: [READ] }) { apiKey { id } } }`);
    expect(key.errors).toBeUndefined();
    const { data } = await app.gql(EVENTS, { filter: { objectType: 'USER', objectId: user.data.createUser.id } });
    expect(data.auditEvents.edges).toHaveLength(1);
    const [row] = await app.db.query(`SELECT before, after, object_label FROM audit_event WHERE object_id = $1`, [user.data.createUser.id]);
    expect(row).toMatchObject({ before: null, object_label: 'audit.user@test.opshub', after: { name: 'Ana Ruiz', departments: ['SALES'] } });
    expect(row.after).not.toHaveProperty('passwordHash');
    const [keyRow] = await app.db.query(`SELECT after FROM audit_event WHERE object_id = $1`, [key.data.createApiKey.apiKey.id]);
    expect(keyRow.after).toMatchObject({ name: 'audited', scopes: ['READ'] });
    expect(keyRow.after).not.toHaveProperty('secretHash');
  });

  it('writes nothing for a mutation that fails', async () => {
    const key = await createMetric(app, { department: 'SALES' });
    const before = await count();
    const bad = await app.gql(SET_TARGET, { input: { metricKey: key, kind: 'PLAN', value: 1, tolerance: 2, effectiveFrom: '2026-01-01T00:00:00Z' } }, salesHead);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tolerance' });
    const refused = await app.gql(`mutation { setUserDisabled(id: "${salesHead.userId}", disabled: true) { id } }`, {}, salesHead);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('rolls the change back when its event cannot be written', async () => {
    // The database refuses this one event, as it would on a full disk or a broken row: the metric must not land without it.
    await app.db.query(`
      CREATE FUNCTION refuse_label() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
      CREATE TRIGGER refuse_label BEFORE INSERT ON audit_event FOR EACH ROW WHEN (NEW.object_label = 'Unrecorded') EXECUTE FUNCTION refuse_label();`);
    try {
      const response = await app.gql(`mutation { createMetric(input: { key: "audit.unrecorded", name: "Unrecorded", department: SALES, unit: { kind: COUNT }, direction: HIGHER_IS_BETTER, aggregation: SUM }) { key } }`);
      expect(response.errors).toHaveLength(1);
      expect(await app.db.query(`SELECT key FROM metric WHERE key = 'audit.unrecorded'`)).toEqual([]);
    } finally {
      await app.db.query(`DROP TRIGGER refuse_label ON audit_event; DROP FUNCTION refuse_label()`);
    }
  });

  it('is append-only in the database itself', async () => {
    expect(await count()).toBeGreaterThan(0);
    await expect(app.db.query(`UPDATE audit_event SET actor_name = 'someone else'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(app.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(app.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_name = 'someone else'`);
    expect(n).toBe(0);
  });

  it('only records inside the transaction of a change', async () => {
    await expect(app.services.audit.record(app.db.manager, {
      actor: SYSTEM_ACTOR, action: 'CREATE', objectType: 'TEST', objectId: 'x', objectLabel: 'x', department: null, before: null, after: {},
    })).rejects.toThrow(/needs the transaction/);
  });

  it('pages newest first and filters by object type, actor and time', async () => {
    const first = await app.gql(EVENTS, { first: 2 });
    expect(first.errors).toBeUndefined();
    const total = first.data.auditEvents.totalCount;
    expect(total).toBe(await count());
    const second = await app.gql(EVENTS, { first: 2, after: first.data.auditEvents.pageInfo.endCursor });
    const ids = [...first.data.auditEvents.edges, ...second.data.auditEvents.edges].map((edge: any) => Number(edge.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(4);

    const byHead = await app.gql(EVENTS, { filter: { actorId: salesHead.userId }, first: 50 });
    expect(byHead.data.auditEvents.edges.map((edge: any) => edge.node.objectType)).toEqual(['TARGET', 'TARGET', 'TARGET']);
    const targets = await app.gql(EVENTS, { filter: { objectType: 'TARGET' }, first: 50 });
    expect(targets.data.auditEvents.totalCount).toBe(3);
    const future = await app.gql(EVENTS, { filter: { from: new Date(Date.now() + 86_400_000).toISOString() } });
    expect(future.data.auditEvents.totalCount).toBe(0);
    const past = await app.gql(EVENTS, { filter: { to: '2000-01-01T00:00:00Z' } });
    expect(past.data.auditEvents.totalCount).toBe(0);
    const forged = await app.gql(EVENTS, { after: 'not-a-cursor' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('records channels without their secret, and personal digests, each with who made the change', async () => {
    const created = await app.gql(`mutation { createChannel(input: { name: "Sales hook", kind: SLACK, department: SALES, url: "https://hooks.example.com/x" }) { channel { id } } }`, {}, salesHead);
    expect(created.errors).toBeUndefined();
    const id = created.data.createChannel.channel.id;
    expect((await app.gql(`mutation ($id: ID!) { deleteChannel(id: $id) { id } }`, { id }, salesHead)).errors).toBeUndefined();
    const channelRows = await app.db.query(`SELECT action, actor_id, before, after FROM audit_event WHERE object_type = 'NOTIFICATION_CHANNEL' AND object_id = $1 ORDER BY id`, [id]);
    expect(channelRows.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'DELETE']);
    expect(channelRows[0]).toMatchObject({ actor_id: salesHead.userId, before: null, after: { name: 'Sales hook', kind: 'SLACK', department: 'SALES' } });
    expect(channelRows[0].after).not.toHaveProperty('secret');
    expect(channelRows[1]).toMatchObject({ after: null, before: { name: 'Sales hook' } });

    const digest = await app.gql(`mutation { subscribeToDigest(input: { dashboardSlug: "sales", cadence: WEEKLY }) { id } }`, {}, salesHead);
    expect(digest.errors).toBeUndefined();
    const digestId = digest.data.subscribeToDigest.id;
    expect((await app.gql(`mutation ($id: ID!) { deleteDigestSubscription(id: $id) { id } }`, { id: digestId }, salesHead)).errors).toBeUndefined();
    const digestRows = await app.db.query(`SELECT action, department, object_label FROM audit_event WHERE object_type = 'DIGEST_SUBSCRIPTION' AND object_id = $1 ORDER BY id`, [digestId]);
    expect(digestRows).toEqual([
      { action: 'CREATE', department: 'SALES', object_label: 'sales WEEKLY' },
      { action: 'DELETE', department: 'SALES', object_label: 'sales WEEKLY' },
    ]);
  });
});
