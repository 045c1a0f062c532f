import { createTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false });
}, 120_000);
afterAll(() => app.close());

const UPDATE = `mutation ($input: OrganizationInput!) { updateOrganization(input: $input) { name timeZone currency } }`;
const READ = `{ organization { name timeZone currency } }`;

describe('organisation settings', () => {
  it("start as the environment's and change in the app, with the change in the audit trail", async () => {
    expect((await app.gql(READ)).data.organization).toEqual(app.config.organization);
    const updated = await app.gql(UPDATE, { input: { name: '  Acme Iberia ', timeZone: 'Europe/Madrid', currency: 'EUR' } });
    expect(updated.errors).toBeUndefined();
    expect((await app.gql(READ)).data.organization).toEqual({ name: 'Acme Iberia', timeZone: 'Europe/Madrid', currency: 'EUR' });
    // Absent fields stay.
    expect((await app.gql(UPDATE, { input: { currency: 'GBP' } })).data.updateOrganization).toEqual({ name: 'Acme Iberia', timeZone: 'Europe/Madrid', currency: 'GBP' });
    const [row] = await app.db.query(`SELECT before, after, actor_kind FROM audit_event WHERE object_type = 'ORGANIZATION' ORDER BY id DESC LIMIT 1`);
    expect(row).toEqual({ actor_kind: 'USER', before: { name: 'Acme Iberia', timeZone: 'Europe/Madrid', currency: 'EUR' }, after: { name: 'Acme Iberia', timeZone: 'Europe/Madrid', currency: 'GBP' } });
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'input.timeZone'],
    [{ timeZone: 'CET ' }, 'input.timeZone'],
    [{ currency: 'EURO' }, 'input.currency'],
    [{ currency: 'eur' }, 'input.currency'],
    [{ currency: 'ABC' }, 'input.currency'],
    [{ name: '   ' }, 'input.name'],
  ])('refuses %j naming %s, and changes nothing', async (input, field) => {
    const before = (await app.gql(READ)).data.organization;
    const response = await app.gql(UPDATE, { input });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await app.gql(READ)).data.organization).toEqual(before);
  });
});
