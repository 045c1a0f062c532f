import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, record, uniqueKey } from '../../testing/fixtures';

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
    ['a malformed key', { key: 'Not A Key' }, 'input.key', /dotted/],
    ['an empty name', { name: '  ' }, 'input.name', /empty/],
    ['a currency unit without code', { unit: { kind: 'CURRENCY' } }, 'input.unit.currency', /ISO 4217/],
    ['a formula with a syntax error', { formula: 'a.b / ' }, 'input.formula', /invalid/],
    ['a formula over unknown metrics', { formula: 'x.unknown / 2' }, 'input.formula', /unknown metrics: x\.unknown/],
  ])('rejects %s naming the field', async (_label, overrides, field, message) => {
    const response = await app.gql(CREATE, { input: input(overrides) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0].message).toMatch(message);
  });

  it('refuses a duplicate key', async () => {
    const key = await createMetric(app);
    const response = await app.gql(CREATE, { input: input({ key }) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.key' });
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

  it('keeps names and descriptions in both languages, and an owner who is a user beside an owner title', async () => {
    const owner = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const key = uniqueKey();
    const created = await app.gql(CREATE.replace('unit { kind currency }', 'ownerUser { id name } owner translations { locale name description }'), {
      input: input({ key, name: 'Win rate', description: 'Won over closed', ownerUserId: owner.userId, translations: [{ locale: 'es', name: 'Tasa de cierre', description: 'Ganadas sobre cerradas' }] }),
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createMetric.ownerUser.id).toBe(owner.userId);
    expect(created.data.createMetric.translations).toEqual([{ locale: 'es', name: 'Tasa de cierre', description: 'Ganadas sobre cerradas' }]);
    const read = `{ metric(key: "${key}") { en: name es: name(locale: "es") esDescription: description(locale: "es") department aggregation unit { kind } } }`;
    expect((await app.gql(read)).data.metric).toMatchObject({ en: 'Win rate', es: 'Tasa de cierre', esDescription: 'Ganadas sobre cerradas' });

    const updated = await app.gql(`mutation ($key: ID!, $input: MetricUpdateInput!) { updateMetric(key: $key, input: $input) { key ownerUser { id } } }`, {
      key, input: { department: 'MARKETING', aggregation: 'AVG', unit: { kind: 'PERCENT' }, ownerUserId: null, translations: [{ locale: 'es', name: 'Conversión' }] },
    });
    expect(updated.data.updateMetric.ownerUser).toBeNull();
    expect((await app.gql(read)).data.metric).toEqual({
      en: 'Win rate', es: 'Conversión', esDescription: 'Ganadas sobre cerradas', department: 'MARKETING', aggregation: 'AVG', unit: { kind: 'PERCENT' },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an owner who is not a user', { ownerUserId: '00000000-0000-4000-8000-000000000000' }, 'input.ownerUserId'],
    ['a translation to no language', { translations: [{ locale: 'spanish', name: 'x' }] }, 'input.translations[0].locale'],
  ])('refuses %s naming the field, saving nothing', async (_label, overrides, field) => {
    const key = uniqueKey();
    const response = await app.gql(CREATE, { input: input({ key, ...overrides }) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await app.gql(`{ metric(key: "${key}") { key } }`)).data.metric).toBeNull();
  });

  it('edits the formula of a derived metric, refusing one on a base metric', async () => {
    const a = await createMetric(app);
    const b = await createMetric(app);
    const ratio = await createMetric(app, { formula: `${a} / ${b}` });
    const edit = (key: string, formula: string) => app.gql(`mutation ($key: ID!, $f: String) { updateMetric(key: $key, input: { formula: $f }) { formula inputs } }`, { key, f: formula });
    expect((await edit(ratio, `${b} / ${a}`)).data.updateMetric).toEqual({ formula: `${b} / ${a}`, inputs: [b, a] });
    expect((await edit(ratio, `${ratio} + 1`)).errors?.[0].message).toMatch(/cycle/);
    expect((await edit(a, `${b} * 2`)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.formula' });
  });

  it('says when each metric last received data, a derived one from its inputs', async () => {
    const a = await createMetric(app);
    const b = await createMetric(app);
    const ratio = await createMetric(app, { formula: `${a} / ${b}` });
    const before = Date.now();
    await record(app, [{ metricKey: a, value: 1, at: '2026-01-01T00:00:00Z' }]);
    const response = await app.gql(`{ metrics { key lastDataAt } }`);
    const lastOf = (key: string) => response.data.metrics.find((m: { key: string }) => m.key === key).lastDataAt;
    // When the data arrived, not the instant it is about.
    expect(Date.parse(lastOf(a))).toBeGreaterThanOrEqual(before - 1000);
    expect(lastOf(ratio)).toBe(lastOf(a));
    expect(lastOf(b)).toBeNull();
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
