import { createMetric, record } from './fixtures';
import { createLead, insertReps, logContact, transition } from './lead-fixtures';
import type { TestApp } from './test-app';

/** January 2026, in UTC instants: the period of the funnel and SLA breach widgets below. */
export const WIDGET_RANGE = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' };

/**
 * What the FUNNEL, SLA_BREACHES and GOAL_PROGRESS widgets show, worked out by hand:
 * A (NY, routed to rep fran at once): created 01-10 14:00Z, MQL 15:00, call 16:00, SQL 01-11 15:00.
 * B (NY, routed): created 01-12 14:00Z, MQL 15:00, call 16:00.
 * C (NORTH, which no rep covers): created 01-14 14:00Z and left in the queue, so its 5-minute processing deadline
 *   is breached at 01-14 14:05Z: the only breach of January (A and B were assigned on creation and called within 24 h of MQL).
 * Funnel of January: NEW 3, MQL 2 (2/3), SQL 1 (1/2), nothing further.
 * Goal: a SALES stock rising by 10 a day (10 on Mar 1 … 100 on Mar 10), goal LINEAR 0 → 200 from Mar 1 to Mar 11:
 *   the goal has ended, so judged at Mar 11: expected 200, actual 100 (the last value), BEHIND.
 */
export async function widgetFixtures(app: TestApp): Promise<{ goalId: string; goalMetric: string; breachedLead: string }> {
  // The breach scan runs once the journeys are written, so no deadline passes before the contact meeting it is logged.
  await app.services.slaMonitor.stop();
  await insertReps(app, [{ key: 'fran', territories: ['NY'], specialisations: [], capacity: 100 }]);
  const a = await createLead(app, { channel: 'referral', region: 'NY', createdAt: '2026-01-10T14:00:00Z' });
  await transition(app, a.id, { to: 'MQL', at: '2026-01-10T15:00:00Z' });
  await logContact(app, a.id, { kind: 'CALL', at: '2026-01-10T16:00:00Z' });
  await transition(app, a.id, { to: 'SQL', at: '2026-01-11T15:00:00Z' });
  const b = await createLead(app, { channel: 'referral', region: 'NY', createdAt: '2026-01-12T14:00:00Z' });
  await transition(app, b.id, { to: 'MQL', at: '2026-01-12T15:00:00Z' });
  await logContact(app, b.id, { kind: 'CALL', at: '2026-01-12T16:00:00Z' });
  const c = await createLead(app, { channel: 'social', region: 'NORTH', createdAt: '2026-01-14T14:00:00Z' });
  await app.services.sla.breachDue();
  app.services.slaMonitor.start();

  const goalMetric = await createMetric(app, { department: 'SALES', aggregation: 'LAST' });
  await record(app, Array.from({ length: 10 }, (_, i) => ({ metricKey: goalMetric, value: 10 * (i + 1), at: `2026-03-${String(i + 1).padStart(2, '0')}T12:00:00Z` })));
  const goal = await app.gql(`mutation ($input: GoalInput!) { setGoal(input: $input) { id } }`, {
    input: { name: 'Pipeline stock', metricKey: goalMetric, shape: 'LINEAR', startValue: 0, startAt: '2026-03-01T00:00:00Z', endValue: 200, endAt: '2026-03-11T00:00:00Z' },
  });
  if (goal.errors) throw new Error(`setGoal: ${JSON.stringify(goal.errors)}`);
  return { goalId: goal.data.setGoal.id, goalMetric, breachedLead: c.id };
}

/** The three widgets over January (the goal's own period is its dates). */
export function dataWidgets(goalId: string) {
  return [
    { id: 'funnel', type: 'FUNNEL', range: WIDGET_RANGE, x: 0, y: 10, w: 6, h: 8 },
    { id: 'breaches', type: 'SLA_BREACHES', range: WIDGET_RANGE, x: 6, y: 10, w: 6, h: 8 },
    { id: 'goal', type: 'GOAL_PROGRESS', goalId, x: 0, y: 18, w: 4, h: 4 },
  ];
}

/** The funnel's stages as [status, entered, conversion], what the widget must show. */
export const JANUARY_FUNNEL = [['NEW', 3, null], ['MQL', 2, 2 / 3], ['SQL', 1, 1 / 2], ['OPPORTUNITY', 0, 0], ['WON', 0, null]];
