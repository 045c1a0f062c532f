import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, uniqueKey } from '../../testing/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false });
});
afterAll(() => app.close());

const CREATE = `mutation ($input: MetricInput!) { createMetric(input: $input) { key inputs formula unit { kind currency } } }`;
const input = (overrides: Record<string, unknown>) => ({
  key: uniqueKey(), name: 'A metric', department: 'SALES', unit: { kind: 'COUNT' }, direction: 'HIGHER_IS_BETTER', aggregation: 'SUM', ...overrides,
});

describe('metric catalog', () => {
  it('creates a derived metric and lists its inputs', async () => {
    const a = await createMetric(app);
    const b = await createMetric(app);
    const response = await app.gql(CREATE, { input: input({ formula: `100 * ${a} / (${a} + ${b})`, unit: { kind: 'PERCENT' } }) });
    expect(response.data.createMetric.inputs).toEqual([a, b]);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['a malformed key', { key: 'Not A Key' }, 'key', /dotted/],
    ['an empty name', { name: '  ' }, 'name', /empty/],
    ['a currency unit without code', { unit: { kind: 'CURRENCY' } }, 'unit.currency', /ISO 4217/],
    ['a formula with a syntax error', { formula: 'a.b / ' }, 'formula', /invalid/],
    ['a formula over unknown metrics', { formula: 'x.unknown / 2' }, 'formula', /unknown metrics: x\.unknown/],
  ])('rejects %s naming the field', async (_label, overrides, field, message) => {
    const response = await app.gql(CREATE, { input: input(overrides) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0].message).toMatch(message);
  });

  it('refuses a duplicate key', async () => {
    const key = await createMetric(app);
    const response = await app.gql(CREATE, { input: input({ key }) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'key' });
  });

  it('refuses a formula that reads itself', async () => {
    const key = uniqueKey();
    const response = await app.gql(CREATE, { input: input({ key, formula: `${key} + 1` }) });
    expect(response.errors?.[0].message).toMatch(/cycle/);
  });

  it('finds a metric or returns null; updating an unknown one is NOT_FOUND', async () => {
    const key = await createMetric(app, { name: 'Before' });
    const updated = await app.gql(`mutation { updateMetric(key: "${key}", input: { name: "After", owner: "VP Sales" }) { name owner } }`);
    expect(updated.data.updateMetric).toEqual({ name: 'After', owner: 'VP Sales' });
    expect((await app.gql(`{ metric(key: "no.such") { key } }`)).data.metric).toBeNull();
    const missing = await app.gql(`mutation { updateMetric(key: "no.such", input: { name: "x" }) { key } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('drops the translations of a text edited in the default language, and only of that text', async () => {
    const key = await createMetric(app, { name: 'Before' });
    await app.db.query(`UPDATE metric SET owner = 'VP Sales', i18n = '{"es": {"name": "Antes", "owner": "VP de Ventas"}}' WHERE key = $1`, [key]);
    const read = `{ metric(key: "${key}") { name(locale: "es") owner(locale: "es") } }`;
    expect((await app.gql(read)).data.metric).toEqual({ name: 'Antes', owner: 'VP de Ventas' });
    await app.gql(`mutation { updateMetric(key: "${key}", input: { owner: "Head of Sales" }) { key } }`);
    expect((await app.gql(read)).data.metric).toEqual({ name: 'Antes', owner: 'Head of Sales' });
  });

  it('lists the dimensions a breakdown can use', async () => {
    const a = await createMetric(app);
    const b = await createMetric(app);
    const ratio = await createMetric(app, { formula: `${a} / ${b}` });
    await app.gql(`mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
      input: [
        { metricKey: a, value: 1, at: '2026-01-01T00:00:00Z', dimensions: { region: 'NA', channel: 'web' } },
        { metricKey: b, value: 1, at: '2026-01-01T00:00:00Z', dimensions: { region: 'NA' } },
      ],
    });
    const response = await app.gql(`{ a: metric(key: "${a}") { dimensions } r: metric(key: "${ratio}") { dimensions } }`);
    expect(response.data).toEqual({ a: { dimensions: ['channel', 'region'] }, r: { dimensions: ['region'] } });
    // Every metric of a list in one query, not one per metric.
    const load = jest.spyOn(app.services.metrics, 'dimensionNames');
    const list = await app.gql('{ metrics { key dimensions } }');
    expect(list.data.metrics.find((m: { key: string }) => m.key === ratio).dimensions).toEqual(['region']);
    expect(load).toHaveBeenCalledTimes(1);
    load.mockRestore();
  });
});

describe('errors', () => {
  it('hides stack traces outside development', async () => {
    const response = await app.gql(`{ kpi(key: "no.such") { value } }`);
    expect(response.errors?.[0].extensions?.stacktrace).toBeUndefined();
  });
});
