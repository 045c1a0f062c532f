import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, waitFor, type Credentials, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { ALERT_TICK_MS: '20' } });
}, 120_000);
afterAll(() => app.close());

const CREATE = `mutation ($input: AnnotationInput!) { createAnnotation(input: $input) { id title at endAt metricKeys departments createdBy } }`;
const LIST = `query ($key: ID!, $from: DateTime!, $to: DateTime!) { annotations(metricKey: $key, range: { from: $from, to: $to }) { title } }`;

describe('annotations', () => {
  it('are listed for the metrics, departments and ranges they cover', async () => {
    const sales = await createMetric(app, { department: 'SALES' });
    const other = await createMetric(app, { department: 'PRODUCT' });
    const create = async (input: Record<string, unknown>) => {
      const response = await app.gql(CREATE, { input });
      expect(response.errors).toBeUndefined();
      return response.data.createAnnotation;
    };
    const { name } = (await app.gql(`{ viewer { name } }`)).data.viewer;
    // Attributed to who is signed in, whatever the (deprecated) input says.
    expect(await create({ title: 'Pricing change', at: '2026-03-10T09:00:00Z', createdBy: 'cfo' })).toMatchObject({ metricKeys: [], departments: [], createdBy: name, endAt: null });
    await create({ title: 'Sales kick-off', at: '2026-03-01T00:00:00Z', endAt: '2026-03-05T00:00:00Z', departments: ['SALES'] });
    await create({ title: 'Only the other metric', at: '2026-03-12T00:00:00Z', metricKeys: [other] });
    await create({ title: 'Outside the range', at: '2026-05-01T00:00:00Z' });

    const list = async (key: string, from: string, to: string) => (await app.gql(LIST, { key, from, to })).data.annotations.map((a: any) => a.title);
    expect(await list(sales, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual(['Sales kick-off', 'Pricing change']);
    expect(await list(other, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual(['Pricing change', 'Only the other metric']);
    // A span that started before the range still covers it.
    expect(await list(sales, '2026-03-03T00:00:00Z', '2026-03-04T00:00:00Z')).toEqual(['Sales kick-off']);
  });

  it('validate their input', async () => {
    const backwards = await app.gql(CREATE, { input: { title: 'x', at: '2026-03-10T00:00:00Z', endAt: '2026-03-09T00:00:00Z' } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endAt' });
    const unknown = await app.gql(CREATE, { input: { title: 'x', at: '2026-03-10T00:00:00Z', metricKeys: ['nope.nope'] } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.metricKeys[0]' });
    const empty = await app.gql(CREATE, { input: { title: ' ', at: '2026-03-10T00:00:00Z' } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });

  it('made from an alert carry only what every reader of the metric may see, by whoever is signed in', async () => {
    // finance.arr is a company KPI: a sales head reads its chart (and annotations) but not its alerts.
    const rule = await app.gql(`mutation { createAlertRule(input: { name: "ARR watch", metricKey: "finance.arr", kind: THRESHOLD, params: { threshold: 1 } }) { id } }`);
    expect(rule.errors).toBeUndefined();
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await record(app, [{ metricKey: 'finance.arr', value: 4321, at }]);
    let alert: { id: string; explanation: string; bucketStart: string } | undefined;
    await waitFor(async () => {
      alert = (await app.gql(`{ alerts(states: [OPEN]) { id metricKey explanation bucketStart } }`)).data.alerts.find((a: any) => a.metricKey === 'finance.arr');
      return alert !== undefined;
    });
    const { name } = (await app.gql(`{ viewer { name } }`)).data.viewer;
    const acknowledged = await app.gql(`mutation ($id: ID!) { acknowledgeAlert(id: $id, by: "someone else", annotate: true, note: "Pricing page fixed") { acknowledgedBy annotationId } }`, { id: alert!.id });
    expect(acknowledged.data.acknowledgeAlert.acknowledgedBy).toBe(name);

    const head = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    expect((await app.gql(`{ alerts { id } }`, {}, head)).data.alerts).toEqual([]);
    // The annotation sits at the start of the alert's bucket (a month for ARR), which may be days ago.
    const range = { from: alert!.bucketStart, to: new Date(Date.now() + 60_000).toISOString() };
    const seen = await app.gql(`query ($from: DateTime!, $to: DateTime!) { annotations(metricKey: "finance.arr", range: { from: $from, to: $to }) { id title description createdBy } }`, range, head);
    const annotation = seen.data.annotations.find((a: any) => a.id === acknowledged.data.acknowledgeAlert.annotationId);
    expect(annotation).toMatchObject({ createdBy: name, description: 'Pricing page fixed' });
    expect(annotation.description).not.toContain(alert!.explanation);
  });

  it('are rewritten and deleted by their author only, or by an ADMIN', async () => {
    const metric = await createMetric(app, { department: 'SALES' });
    const head = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const otherHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const executive = await app.signIn('EXECUTIVE');
    const UPDATE = `mutation ($id: ID!, $input: AnnotationInput!) { updateAnnotation(id: $id, input: $input) { id title description at endAt metricKeys createdBy } }`;
    const DELETE = `mutation ($id: ID!) { deleteAnnotation(id: $id) }`;
    const EDITABLE = `query ($key: ID!) { annotations(metricKey: $key, range: { from: "2026-04-01T00:00:00Z", to: "2026-05-01T00:00:00Z" }) { id editable } }`;
    const input = { title: 'Webinar', at: '2026-04-02T00:00:00Z', endAt: '2026-04-03T00:00:00Z', metricKeys: [metric] };
    const created = await app.gql(CREATE, { input }, head);
    expect(created.errors).toBeUndefined();
    const { id, createdBy } = created.data.createAnnotation;

    const editable = async (as: Credentials) => (await app.gql(EDITABLE, { key: metric }, as)).data.annotations.find((a: any) => a.id === id).editable;
    expect([await editable(head), await editable(otherHead), await editable(executive), await editable(app.admin)]).toEqual([true, false, false, true]);

    const rewritten = { ...input, title: 'Webinar (moved)', description: 'Now on the 4th', at: '2026-04-04T00:00:00Z', endAt: null };
    for (const other of [otherHead, executive]) {
      const refused = await app.gql(UPDATE, { id, input: rewritten }, other);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.gql(DELETE, { id }, other)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const updated = await app.gql(UPDATE, { id, input: rewritten }, head);
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateAnnotation).toEqual({
      id, title: 'Webinar (moved)', description: 'Now on the 4th', at: '2026-04-04T00:00:00.000Z', endAt: null, metricKeys: [metric], createdBy,
    });
    // Bad input names its field; moving it out of the author's department is refused.
    const blank = await app.gql(UPDATE, { id, input: { ...rewritten, title: '' } }, head);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    const elsewhere = await app.gql(UPDATE, { id, input: { ...rewritten, metricKeys: [], departments: ['PRODUCT'] } }, head);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await app.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: rewritten }, head);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // An ADMIN moderates: rewrites and deletes anyone's.
    expect((await app.gql(UPDATE, { id, input: { ...rewritten, title: 'Moderated' } })).data.updateAnnotation.title).toBe('Moderated');
    expect((await app.gql(DELETE, { id })).data.deleteAnnotation).toBe(true);
    expect((await app.gql(DELETE, { id }, head)).data.deleteAnnotation).toBe(false);
  });
});
