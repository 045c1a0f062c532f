import { createMetric } from '../../testing/fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
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
});
