import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each hours total of a workflow event (metric key) and the percentile metrics that now take the same hours as one case. */
const SAMPLES: ReadonlyArray<[string, string, string]> = [
  ['cs.onboarding_hours_total', 'cs.onboarding_time_median', 'cs.onboarding_time_p90'],
  ['cs.ticket_response_hours_total', 'cs.ticket_first_response_median', 'cs.ticket_first_response_p90'],
  ['cs.ticket_resolution_hours_total', 'cs.ticket_resolution_median', 'cs.ticket_resolution_p90'],
];

/**
 * Workflow events journaled before the median and p90 KPIs carry their case's duration only in the hours totals: give
 * them the percentile facts that workflowEventFacts (packages/metrics) now writes beside each total, with the same
 * hours, so the records behind those KPIs are found for the past too. The catalog entries are added by the start-up
 * seed, which then writes these metrics' observations from the events (observeAddedWorkflowMetrics).
 */
export class WorkflowDurationSamples1796662800000 implements MigrationInterface {
  name = 'WorkflowDurationSamples1796662800000';

  async up(q: QueryRunner): Promise<void> {
    for (const [total, median, p90] of SAMPLES) {
      await q.query(
        `UPDATE workflow_event SET facts = facts || jsonb_build_object($2::text, facts -> $1, $3::text, facts -> $1) WHERE facts ? $1`,
        [total, median, p90],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE workflow_event SET facts = facts - $1::text[] WHERE facts ?| $1::text[]`, [SAMPLES.flatMap(([, median, p90]) => [median, p90])]);
  }
}
