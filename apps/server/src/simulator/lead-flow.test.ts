import { createTestApp, type TestApp } from '../testing/test-app';
import { insertReps } from '../testing/lead-fixtures';
import { DEMO_REP_SEEDS } from '../seed/revops.seed';
import { advanceLeadFlow } from './lead-flow';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await insertReps(app, DEMO_REP_SEEDS.map(({ key, territories, specialisations, capacity }) => ({ key, territories, specialisations, capacity })));
});
afterAll(() => app.close());

describe('live lead flow', () => {
  it('brings in leads and moves them through the funnel on its own', async () => {
    // Ten minutes ahead, every lead's next step is due at each tick.
    for (let tick = 0; tick < 60; tick++) await advanceLeadFlow(app.services, new Date(Date.now() + 600_000), tick);
    const statuses: Array<{ status: string; n: number }> = await app.db.query('SELECT status, count(*)::int AS n FROM lead GROUP BY status');
    const total = statuses.reduce((sum, s) => sum + s.n, 0);
    expect(total).toBeGreaterThan(8);
    // Leads left NEW: qualified, accepted, closed or disqualified.
    expect(statuses.filter((s) => s.status !== 'NEW').reduce((sum, s) => sum + s.n, 0)).toBeGreaterThan(total / 2);
    const [{ contacted }] = await app.db.query(`SELECT count(DISTINCT lead_id)::int AS contacted FROM lead_event WHERE kind = 'CONTACTED' AND actor <> 'sales-manager'`);
    expect(contacted).toBeGreaterThan(0);
    const mql = await app.gql(`{ kpi(key: "marketing.mql", range: { preset: LAST_7_DAYS }) { value } }`);
    expect(mql.data.kpi.value).toBeGreaterThan(0);
  });
});
