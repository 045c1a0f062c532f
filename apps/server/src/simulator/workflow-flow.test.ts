import { createTestApp, type TestApp } from '../testing/test-app';
import { replayWorkflowHistory } from './workflow-flow';

const NOW = new Date('2026-11-02T12:00:00Z');

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await app.services.slaMonitor.stop();
});
afterAll(() => app.close());

describe('demo workflow flow', () => {
  it('replays two weeks of onboarding cases, tickets and renewals through the service, populating every workflow KPI', async () => {
    // A fixed instant, so the story is the same at every run.
    expect(await replayWorkflowHistory(app.services, NOW)).toBeGreaterThan(0);
    const states: Array<{ workflow: string; state: string; n: number }> = await app.db.query(
      'SELECT workflow, state, count(*)::int AS n FROM workflow_record GROUP BY 1, 2 ORDER BY 1, 2');
    const reached = new Set(states.map((s) => `${s.workflow}:${s.state}`));
    for (const state of ['TICKET:RESOLVED', 'ONBOARDING:ACCOUNT_LIVE', 'RENEWAL:RENEWED', 'RENEWAL:CHURNED']) expect(reached).toContain(state);
    // Records read as a support desk's and a CRM's would: tickets with a subject that fits the category they are given
    // (billing subjects in billing), cases and renewals with an account; none named by its external id alone.
    const unnamed: Array<{ n: number }> = await app.db.query(
      `SELECT count(*)::int AS n FROM workflow_record WHERE (workflow = 'TICKET' AND title IS NULL) OR (workflow <> 'TICKET' AND account IS NULL)`);
    expect(unnamed[0].n).toBe(0);
    const billing: Array<{ category: string | null }> = await app.db.query(
      `SELECT DISTINCT category FROM workflow_record WHERE title IN ('Charged twice this month', 'Invoice shows the wrong VAT number')`);
    expect(billing.map((row) => row.category).filter((category) => category !== null)).toEqual(['billing']);
    await app.services.workflowSla.breachDue(NOW);
    const keys = ['cs.onboarding_time', 'cs.onboarding_sla_attainment', 'cs.ticket_first_response_time', 'cs.ticket_resolution_time', 'cs.ticket_sla_attainment',
      'cs.renewal_rate', 'cs.renewal_sla_attainment', 'cs.renewal_expansion'];
    const { data } = await app.gql(`query ($keys: [ID!]!, $range: RangeInput) { kpis(keys: $keys, range: $range) { metric { key } value } }`,
      { keys, range: { from: new Date(NOW.getTime() - 14 * 86_400_000).toISOString(), to: NOW.toISOString() } });
    const values = Object.fromEntries(data.kpis.map((k: { metric: { key: string }; value: number }) => [k.metric.key, k.value]));
    // A plausible story: most deadlines met, but not all; tickets answered within the hour on average.
    for (const key of ['cs.onboarding_sla_attainment', 'cs.ticket_sla_attainment', 'cs.renewal_sla_attainment']) {
      expect(values[key]).toBeGreaterThan(0.6);
      expect(values[key]).toBeLessThan(1);
    }
    expect(values['cs.ticket_first_response_time']).toBeLessThan(1);
    expect(values['cs.renewal_rate']).toBeGreaterThan(0.5);
    expect(values['cs.renewal_expansion']).toBeGreaterThan(0);
    expect(values['cs.onboarding_time']).toBeGreaterThan(0);
    expect(values['cs.ticket_resolution_time']).toBeGreaterThan(0);
  }, 600_000);
});
