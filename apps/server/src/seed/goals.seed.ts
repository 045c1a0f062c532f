/**
 * Seed 004's plan over time as goals, cascading company → department → owner, with fixed ids:
 * - the company's scaling phases (2× by month 6, 5× by 12, 10× by 18, 20× by 24) on ARR, as MILESTONES: growth is
 *   expected steadily toward each phase, not in a jump on its date (a stepped bar would read "ahead" for months while
 *   ARR stays short of its target). Multiples of the ARR at the plan start: the catalog's $2M baseline until there is
 *   data, and with the demo history the demo's own ARR on the day before the plan starts (rebaseGoal), so the goal's
 *   pacing and the ARR card's status tell one story;
 * - the operations department's 90-day plan (preparation by day 30, implementation by day 60, scaling by day 90)
 *   on the automation rate, from the 20 % baseline to the 70 % target through day-30/60/90 milestones;
 * - RevOps' share of it: the lead-management workflow's success rate rising linearly to the seed's ≥ 95 % in 90 days.
 */
import type { Department, GoalShape } from '@opshub/metrics';
import { add } from '@opshub/metrics';

export interface GoalSeed {
  id: string;
  name: string;
  metricKey: string;
  parentId: string | null;
  department: Department | null;
  owner: string | null;
  shape: GoalShape;
  startValue: number;
  endValue: number;
  /** The end and milestones as months or days after the plan start. */
  end: PlanOffset;
  milestones: Array<{ at: PlanOffset; value: number }>;
  /** A goal of multiples of its start value, restated from the demo data's value at the plan start when the demo is loaded. */
  rebaseOnDemo?: boolean;
}

type PlanOffset = { months: number } | { days: number };

const ARR_BASELINE = 2_000_000;
export const COMPANY_GOAL_ID = '7d0c1a52-3f7e-4b8a-9a51-2f6e0c8d4b11';
export const OPERATIONS_GOAL_ID = 'c4e2b9a0-5d3f-4e61-8f27-9b1a6d3c7e22';
export const REVOPS_GOAL_ID = 'a91f3e6d-2b7c-4d58-b0e4-6c8f2a5d9e33';

export const GOAL_SEEDS: readonly GoalSeed[] = [
  {
    id: COMPANY_GOAL_ID, name: 'Scale 20× in 24 months', metricKey: 'finance.arr', parentId: null, department: 'EXECUTIVE', owner: 'CEO',
    shape: 'MILESTONES', startValue: ARR_BASELINE, endValue: 20 * ARR_BASELINE, end: { months: 24 }, rebaseOnDemo: true,
    milestones: [
      { at: { months: 6 }, value: 2 * ARR_BASELINE },
      { at: { months: 12 }, value: 5 * ARR_BASELINE },
      { at: { months: 18 }, value: 10 * ARR_BASELINE },
    ],
  },
  {
    id: OPERATIONS_GOAL_ID, name: '90-day automation plan', metricKey: 'ops.automation_rate', parentId: COMPANY_GOAL_ID, department: 'OPERATIONS',
    owner: 'COO', shape: 'MILESTONES', startValue: 0.2, endValue: 0.7, end: { days: 90 },
    milestones: [
      { at: { days: 30 }, value: 0.3 },
      { at: { days: 60 }, value: 0.5 },
    ],
  },
  {
    id: REVOPS_GOAL_ID, name: 'Lead management workflow ≥ 95 %', metricKey: 'marketing.sla_attainment', parentId: OPERATIONS_GOAL_ID,
    department: 'MARKETING', owner: 'Head of RevOps', shape: 'LINEAR', startValue: 0.8, endValue: 0.95, end: { days: 90 }, milestones: [],
  },
];

function offset(planStart: Date, at: PlanOffset, timeZone: string): Date {
  return 'months' in at ? add(planStart, 'MONTH', at.months, timeZone) : add(planStart, 'DAY', at.days, timeZone);
}

/** A goal of multiples restated from `baseline`: start, end and every milestone scaled alike. */
export function rebaseGoal(goal: GoalSeed, baseline: number): Pick<GoalSeed, 'startValue' | 'endValue' | 'milestones'> {
  const scale = baseline / goal.startValue;
  return {
    startValue: baseline,
    endValue: goal.endValue * scale,
    milestones: goal.milestones.map((milestone) => ({ at: milestone.at, value: milestone.value * scale })),
  };
}

/** The goals with their dates: everything counts from the plan start, in the organisation's time zone. */
export function goalSeeds(planStart: Date, timeZone: string, seeds: readonly GoalSeed[] = GOAL_SEEDS) {
  return seeds.map(({ end, milestones, rebaseOnDemo: _rebase, ...goal }) => ({
    ...goal,
    startAt: planStart,
    endAt: offset(planStart, end, timeZone),
    milestones: milestones.map((milestone) => ({ at: offset(planStart, milestone.at, timeZone).toISOString(), value: milestone.value })),
  }));
}
