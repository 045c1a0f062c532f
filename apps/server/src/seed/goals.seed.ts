/**
 * Seed 004's plan over time as goals, cascading company → department → owner, with fixed ids:
 * - the company's scaling phases (2× by month 6, 5× by 12, 10× by 18, 20× by 24) on ARR, as MILESTONES: growth is
 *   expected steadily toward each phase, not in a jump on its date (a stepped bar would read "ahead" for months while
 *   ARR stays short of its target). Multiples of the ARR at the plan start: the catalog's $2M baseline until there is
 *   data, and with the demo history the demo's own ARR on the day before the plan starts (rebaseGoal), so the goal's
 *   pacing and the ARR card's status tell one story;
 * - the operations department's 90-day plan (preparation by day 30, implementation by day 60, scaling by day 90)
 *   on the automation rate, from the 20 % baseline to the 70 % target through day-30/60/90 milestones;
 * - RevOps' share of it: the lead-management workflow's success rate rising linearly to the seed's ≥ 95 % in 90 days;
 * - seed 004's three-year projection under the company goal, one goal per line with a milestone at the end of years 1
 *   and 2 and its end at year 3: revenue (as ARR, the annual run rate the seed's yearly figures compare with) $5M /
 *   $10M / $20M, i.e. 5×, 10×, 20× the seed's $1M revenue before the plan; gross margin 80 / 85 / 90 % and operating
 *   margin 30 / 40 / 50 % from 70 % and 20 %; cost per customer $1,000 / $500 / $250 from $1,000; efficiency
 *   60 / 75 / 90 % from 40 %. With the demo history each starts from the demo's own value on the day before the plan
 *   (rebaseGoal): revenue as multiples of it, the others the same share of the way from it to the year-3 figure.
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
  /**
   * Restated from the demo data's value at the plan start when the demo is loaded: MULTIPLES of its start value
   * (every figure scaled alike), or SHARE_OF_WAY (each milestone the same share of the way from the start to the end).
   */
  rebaseOnDemo?: 'MULTIPLES' | 'SHARE_OF_WAY';
}

type PlanOffset = { months: number } | { days: number };

const ARR_BASELINE = 2_000_000;
export const COMPANY_GOAL_ID = '7d0c1a52-3f7e-4b8a-9a51-2f6e0c8d4b11';
export const OPERATIONS_GOAL_ID = 'c4e2b9a0-5d3f-4e61-8f27-9b1a6d3c7e22';
export const REVOPS_GOAL_ID = 'a91f3e6d-2b7c-4d58-b0e4-6c8f2a5d9e33';
/** Seed 004's three-year projection, in the order of its table. */
export const PROJECTION_GOAL_IDS = [
  'e3a1c7d0-4b2f-4c8e-9d61-3f0a00000001', 'e3a1c7d0-4b2f-4c8e-9d61-3f0a00000002', 'e3a1c7d0-4b2f-4c8e-9d61-3f0a00000003',
  'e3a1c7d0-4b2f-4c8e-9d61-3f0a00000004', 'e3a1c7d0-4b2f-4c8e-9d61-3f0a00000005',
] as const;
const REVENUE_BASELINE = 1_000_000;

/** A projection line: a start before the plan, year-1 and year-2 milestones, its year-3 end. */
function projection(id: string, name: string, metricKey: string, department: Department, owner: string, start: number, years: [number, number, number], rebase: GoalSeed['rebaseOnDemo']): GoalSeed {
  return {
    id, name, metricKey, parentId: COMPANY_GOAL_ID, department, owner, shape: 'MILESTONES', startValue: start, endValue: years[2], end: { months: 36 },
    milestones: [{ at: { months: 12 }, value: years[0] }, { at: { months: 24 }, value: years[1] }], rebaseOnDemo: rebase,
  };
}

export const GOAL_SEEDS: readonly GoalSeed[] = [
  {
    id: COMPANY_GOAL_ID, name: 'Scale 20× in 24 months', metricKey: 'finance.arr', parentId: null, department: 'EXECUTIVE', owner: 'CEO',
    shape: 'MILESTONES', startValue: ARR_BASELINE, endValue: 20 * ARR_BASELINE, end: { months: 24 }, rebaseOnDemo: 'MULTIPLES',
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
  projection(PROJECTION_GOAL_IDS[0], 'Three-year projection: revenue', 'finance.arr', 'EXECUTIVE', 'CEO', REVENUE_BASELINE, [5 * REVENUE_BASELINE, 10 * REVENUE_BASELINE, 20 * REVENUE_BASELINE], 'MULTIPLES'),
  projection(PROJECTION_GOAL_IDS[1], 'Three-year projection: gross margin', 'finance.gross_margin', 'FINANCE', 'CFO', 0.7, [0.8, 0.85, 0.9], 'SHARE_OF_WAY'),
  projection(PROJECTION_GOAL_IDS[2], 'Three-year projection: operating margin', 'finance.operating_margin', 'FINANCE', 'CFO', 0.2, [0.3, 0.4, 0.5], 'SHARE_OF_WAY'),
  projection(PROJECTION_GOAL_IDS[3], 'Three-year projection: cost per customer', 'ops.cost_per_customer', 'OPERATIONS', 'COO', 1_000, [1_000, 500, 250], 'SHARE_OF_WAY'),
  projection(PROJECTION_GOAL_IDS[4], 'Three-year projection: efficiency', 'ops.process_efficiency', 'OPERATIONS', 'COO', 0.4, [0.6, 0.75, 0.9], 'SHARE_OF_WAY'),
];

function offset(planStart: Date, at: PlanOffset, timeZone: string): Date {
  return 'months' in at ? add(planStart, 'MONTH', at.months, timeZone) : add(planStart, 'DAY', at.days, timeZone);
}

/**
 * A goal restated from `baseline`. MULTIPLES: start, end and every milestone scaled alike ($1M → $5M / $10M / $20M
 * from $8M is $40M / $80M / $160M). SHARE_OF_WAY: the end stays, and each milestone is the same share of the way from
 * the start to the end as in the seed (gross margin 70 → 80 → 85 → 90 % is ½ and ¾ of the way; from 84 %: 87 %, 88.5 %).
 */
export function rebaseGoal(goal: GoalSeed, baseline: number): Pick<GoalSeed, 'startValue' | 'endValue' | 'milestones'> {
  if (goal.rebaseOnDemo === 'SHARE_OF_WAY') {
    const span = goal.endValue - goal.startValue;
    const share = (value: number) => (span === 0 ? 1 : (value - goal.startValue) / span);
    return {
      startValue: baseline,
      endValue: goal.endValue,
      milestones: goal.milestones.map((milestone) => ({ at: milestone.at, value: baseline + share(milestone.value) * (goal.endValue - baseline) })),
    };
  }
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
