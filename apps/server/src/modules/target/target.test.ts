import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric } from '../../testing/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false });
});
afterAll(() => app.close());

const SET = `mutation ($input: TargetInput!) { setTarget(input: $input) { id kind value tolerance effectiveFrom effectiveTo } }`;

describe('targets', () => {
  it('edits a target by id (its start date too), ends it and deletes it', async () => {
    const metricKey = await createMetric(app);
    const created = (await app.gql(SET, { input: { metricKey, kind: 'PLAN', value: 10, effectiveFrom: '2026-01-01T00:00:00Z' } })).data.setTarget;
    const edited = await app.gql(SET, { input: { id: created.id, metricKey, kind: 'PLAN', value: 12, tolerance: 0.05, effectiveFrom: '2026-02-01T00:00:00Z' } });
    expect(edited.data.setTarget).toEqual({ id: created.id, kind: 'PLAN', value: 12, tolerance: 0.05, effectiveFrom: '2026-02-01T00:00:00.000Z', effectiveTo: null });
    const ended = await app.gql(SET, { input: { id: created.id, metricKey, kind: 'PLAN', value: 12, tolerance: 0.05, effectiveFrom: '2026-02-01T00:00:00Z', effectiveTo: '2026-06-01T00:00:00Z' } });
    expect(ended.data.setTarget.effectiveTo).toBe('2026-06-01T00:00:00.000Z');
    const targets = async () => (await app.gql(`{ metric(key: "${metricKey}") { targets { id value } } }`)).data.metric.targets;
    expect(await targets()).toEqual([{ id: created.id, value: 12 }]);
    expect((await app.gql(`mutation { deleteTarget(id: "${created.id}") }`)).data.deleteTarget).toBe(true);
    expect(await targets()).toEqual([]);
  });

  it('refuses to edit a target of another metric through this one', async () => {
    const a = await createMetric(app);
    const b = await createMetric(app);
    const target = (await app.gql(SET, { input: { metricKey: a, kind: 'PLAN', value: 1, effectiveFrom: '2026-01-01T00:00:00Z' } })).data.setTarget;
    const response = await app.gql(SET, { input: { id: target.id, metricKey: b, kind: 'PLAN', value: 2, effectiveFrom: '2026-01-01T00:00:00Z' } });
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
