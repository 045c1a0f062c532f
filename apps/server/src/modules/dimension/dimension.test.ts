import { createTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await app.db.query(`INSERT INTO sales_rep (key, name, territories, capacity) VALUES ('amelie-laurent', 'Amélie Laurent', '{EMEA}', 10) ON CONFLICT DO NOTHING`);
});
afterAll(() => app.close());

const LABELS = `{ dimensionLabels { dimension value en: label es: label(locale: "es") } }`;
type Label = { dimension: string; value: string; en: string; es: string };
const find = (labels: Label[], dimension: string, value: string) => labels.find((label) => label.dimension === dimension && label.value === value);

describe('dimension labels', () => {
  it('labels codes in both languages, and rep keys with the rep\'s name for readers of lead records', async () => {
    const labels: Label[] = (await app.gql(LABELS)).data.dimensionLabels;
    expect(find(labels, 'workflow', 'lead_management')).toMatchObject({ en: 'Lead management', es: 'Gestión de leads' });
    expect(find(labels, 'rep', 'amelie-laurent')).toMatchObject({ en: 'Amélie Laurent', es: 'Amélie Laurent' });

    // A customer-success head reads no lead records, so no sales rep names either.
    const csHead = await app.signIn('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']);
    const theirs: Label[] = (await app.gql(LABELS, {}, csHead)).data.dimensionLabels;
    expect(find(theirs, 'workflow', 'lead_management')).toBeDefined();
    expect(theirs.filter((label) => label.dimension === 'rep')).toEqual([]);
  });

  it('lets an ADMIN relabel a value, in English and Spanish', async () => {
    const set = await app.gql(`mutation { setDimensionLabel(input: { dimension: "team", value: "ops_guild", label: "Ops guild", labelEs: "Gremio de operaciones" }) { value label es: label(locale: "es") } }`);
    expect(set.data.setDimensionLabel).toEqual({ value: 'ops_guild', label: 'Ops guild', es: 'Gremio de operaciones' });
    const labels: Label[] = (await app.gql(LABELS)).data.dimensionLabels;
    expect(find(labels, 'team', 'ops_guild')).toMatchObject({ en: 'Ops guild', es: 'Gremio de operaciones' });
    const empty = await app.gql(`mutation { setDimensionLabel(input: { dimension: "team", value: "ops_guild", label: "  " }) { value } }`);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.label' });
  });
});
