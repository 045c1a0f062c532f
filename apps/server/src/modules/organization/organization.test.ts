import { createMetric, record } from '../../testing/fixtures';
import { createLead, transition } from '../../testing/lead-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: 'Europe/Madrid', ORG_CURRENCY: 'USD' } });
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

describe('the time zone and currency an ADMIN sets are the ones the server uses', () => {
  // Three points around the turn of 10–11 March 2026, summed per local day.
  // Europe/Madrid (CET, UTC+1): 23:30 on the 10th, then 00:30 and 01:30 on the 11th → 10th: 1, 11th: 2 + 4.
  // Asia/Tokyo (JST, UTC+9): 07:30, 08:30 and 09:30 on the 11th → 10th: 0, 11th: 1 + 2 + 4.
  const POINTS = [['2026-03-10T22:30:00Z', 1], ['2026-03-10T23:30:00Z', 2], ['2026-03-11T00:30:00Z', 4]] as const;
  const MADRID_DAYS = { from: '2026-03-09T23:00:00.000Z', to: '2026-03-11T23:00:00.000Z' };
  const TOKYO_DAYS = { from: '2026-03-09T15:00:00.000Z', to: '2026-03-11T15:00:00.000Z' };
  const SERIES = `query ($key: ID!, $range: RangeInput) { series(key: $key, range: $range, granularity: DAY) { groups { points { at value } } } }`;
  const days = async (on: TestApp, key: string, range: { from: string; to: string }) => {
    const response = await on.gql(SERIES, { key, range });
    expect(response.errors).toBeUndefined();
    return response.data.series.groups[0].points.map((p: { at: string; value: number }) => [p.at, p.value]);
  };
  const dailyRollup = async (key: string) => (await app.db.query(
    `SELECT to_char(day_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS day, sum AS value FROM metric_daily WHERE metric_key = $1 ORDER BY day_start`, [key],
  )).map((row: { day: string; value: number }) => [row.day, Number(row.value)]);

  it('cuts days in the new zone at once here, in the rollups, and on another instance after the bus tells it', async () => {
    const replica = await createTestApp({ replicaOf: app });
    try {
      const key = await createMetric(app, { aggregation: 'SUM' });
      await record(app, POINTS.map(([at, value]) => ({ metricKey: key, at, value })));
      expect(await days(app, key, MADRID_DAYS)).toEqual([['2026-03-09T23:00:00.000Z', 1], ['2026-03-10T23:00:00.000Z', 6]]);
      expect(await dailyRollup(key)).toEqual([['2026-03-09T23:00', 1], ['2026-03-10T23:00', 6]]);

      const updated = await app.gql(UPDATE, { input: { timeZone: 'Asia/Tokyo' } });
      expect(updated.errors).toBeUndefined();
      expect(await days(app, key, TOKYO_DAYS)).toEqual([['2026-03-09T15:00:00.000Z', 0], ['2026-03-10T15:00:00.000Z', 7]]);
      // The daily rollups were recut in the same transaction: Tokyo's 11 March holds all three points.
      expect(await dailyRollup(key)).toEqual([['2026-03-10T15:00', 7]]);
      const [{ time_zone }] = await app.db.query(`SELECT time_zone FROM rollup_state`);
      expect(time_zone).toBe('Asia/Tokyo');

      // A write after the change lands in Tokyo's days too (the write path cuts in the rollups' zone).
      await record(app, [{ metricKey: key, at: '2026-03-10T14:30:00Z', value: 8 }]); // 23:30 JST on the 10th
      expect(await days(app, key, TOKYO_DAYS)).toEqual([['2026-03-09T15:00:00.000Z', 8], ['2026-03-10T15:00:00.000Z', 7]]);

      for (let tries = 0; replica.services.organization.current().timeZone !== 'Asia/Tokyo'; tries++) {
        if (tries > 200) throw new Error('the replica never heard of the new zone');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(await days(replica, key, TOKYO_DAYS)).toEqual([['2026-03-09T15:00:00.000Z', 8], ['2026-03-10T15:00:00.000Z', 7]]);
    } finally {
      await replica.close();
      await app.gql(UPDATE, { input: { timeZone: 'Europe/Madrid' } });
    }
  });

  it('a new instance starts in the zone and currency stored, not the environment\'s', async () => {
    await app.gql(UPDATE, { input: { timeZone: 'America/New_York', currency: 'EUR' } });
    const replica = await createTestApp({ replicaOf: app, env: { ORG_TIMEZONE: 'Europe/Madrid', ORG_CURRENCY: 'USD' } });
    try {
      expect(replica.services.organization.current()).toMatchObject({ timeZone: 'America/New_York', currency: 'EUR' });
    } finally {
      await replica.close();
      await app.gql(UPDATE, { input: { timeZone: 'Europe/Madrid', currency: 'USD' } });
    }
  });

  it('keeps opportunity amounts in the currency set in the app', async () => {
    await app.gql(UPDATE, { input: { currency: 'EUR' } });
    try {
      const lead = await createLead(app, { region: 'T_NONE', createdAt: '2026-02-01T00:00:00Z' });
      await transition(app, lead.id, { to: 'MQL', at: '2026-02-02T00:00:00Z' });
      await transition(app, lead.id, { to: 'SQL', at: '2026-02-03T00:00:00Z' });
      const TRANSITION = `mutation ($id: ID!, $input: TransitionLeadInput!) { transitionLead(id: $id, input: $input) { lead { status } } }`;
      const dollars = await app.gql(TRANSITION, { id: lead.id, input: { to: 'OPPORTUNITY', opportunity: { amount: 5, currency: 'USD' } } });
      expect(dollars.errors?.[0]).toMatchObject({ message: expect.stringContaining('currency, EUR'), extensions: { field: 'input.opportunity.currency' } });
      const euros = await app.gql(TRANSITION, { id: lead.id, input: { to: 'OPPORTUNITY', at: '2026-02-04T00:00:00Z', opportunity: { amount: 5 } } });
      expect(euros.errors).toBeUndefined();
      const [row] = await app.db.query(`SELECT currency FROM opportunity WHERE lead_id = $1`, [lead.id]);
      expect(row.currency).toBe('EUR');
    } finally {
      await app.gql(UPDATE, { input: { currency: 'USD' } });
    }
  });
});
