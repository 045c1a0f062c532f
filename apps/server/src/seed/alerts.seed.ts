import type { AlertRuleKind, AlertRuleParams, Department, Granularity } from '@opshub/metrics';

/**
 * Alert rules the demo starts with (fixed ids: a restart never duplicates or undoes an edit). Owners are left
 * null so alerts go to the metric's owner.
 */
export const ALERT_RULE_SEEDS: ReadonlyArray<{
  id: string; name: string; metricKey: string; kind: AlertRuleKind; params: AlertRuleParams; granularity: Granularity;
}> = [
  {
    id: '6f1d2a40-8c1e-4d8a-9b1e-2c3f4a5b6c01', name: 'SLA breached this hour', metricKey: 'marketing.sla_breaches',
    kind: 'SLA_BREACH', params: { minBreaches: 3 }, granularity: 'HOUR',
  },
  {
    id: '6f1d2a40-8c1e-4d8a-9b1e-2c3f4a5b6c02', name: 'Churn rate jumps 25 % day over day', metricKey: 'cs.churn_rate',
    kind: 'CHANGE', params: { changeRatio: 0.25, side: 'ABOVE' }, granularity: 'DAY',
  },
  {
    id: '6f1d2a40-8c1e-4d8a-9b1e-2c3f4a5b6c03', name: 'Revenue outside its forecast', metricKey: 'finance.revenue',
    kind: 'ANOMALY', params: { confidence: 0.99 }, granularity: 'DAY',
  },
  {
    id: '6f1d2a40-8c1e-4d8a-9b1e-2c3f4a5b6c04', name: 'Win rate leaves its target band', metricKey: 'sales.win_rate',
    kind: 'TARGET_BAND', params: { band: 0.5 }, granularity: 'WEEK',
  },
  {
    id: '6f1d2a40-8c1e-4d8a-9b1e-2c3f4a5b6c05', name: 'Uptime below 99.5 %', metricKey: 'product.uptime',
    kind: 'THRESHOLD', params: { threshold: 0.995, side: 'BELOW' }, granularity: 'DAY',
  },
];

const DAY_MS = 86_400_000;
/** The spring campaign runs the first half of April (northern spring, March–May), 14 days. */
const SPRING_CAMPAIGN = { month: 3, day: 6, days: 14 } as const;

/** The latest spring campaign that has ended by `today` (UTC midnight): this year's, or last year's before it ends. */
function lastSpringCampaign(today: Date): { at: Date; endAt: Date } {
  const start = (year: number) => new Date(Date.UTC(year, SPRING_CAMPAIGN.month, SPRING_CAMPAIGN.day));
  let at = start(today.getUTCFullYear());
  if (at.getTime() + SPRING_CAMPAIGN.days * DAY_MS > today.getTime()) at = start(today.getUTCFullYear() - 1);
  return { at, endAt: new Date(at.getTime() + SPRING_CAMPAIGN.days * DAY_MS) };
}

/**
 * Demo events on the time axis, placed relative to the seeding day; an event named for a season sits in that season
 * (a "Spring campaign" in April, however late in the year the demo is seeded).
 */
export function annotationSeeds(now: Date): Array<{
  id: string; title: string; description: string; at: Date; endAt: Date | null; metricKeys: string[]; departments: Department[]; createdBy: string;
}> {
  const daysAgo = (n: number) => new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - n * DAY_MS);
  return [
    {
      id: '7a2e3b51-9d2f-4e9b-8c2f-3d4e5f6a7b01', title: 'Pricing change', description: 'New Growth tier at 15 % above Starter.',
      at: daysAgo(45), endAt: null, metricKeys: [], departments: [], createdBy: 'seed',
    },
    {
      id: '7a2e3b51-9d2f-4e9b-8c2f-3d4e5f6a7b02', title: 'Spring campaign', description: 'Paid social and webinars in EMEA.',
      ...lastSpringCampaign(daysAgo(0)), metricKeys: [], departments: ['MARKETING', 'SALES'], createdBy: 'seed',
    },
    {
      id: '7a2e3b51-9d2f-4e9b-8c2f-3d4e5f6a7b03', title: 'API incident', description: 'Elevated error rates for 3 hours.',
      at: daysAgo(9), endAt: new Date(daysAgo(9).getTime() + 3 * 3_600_000), metricKeys: ['product.uptime', 'product.performance'], departments: [], createdBy: 'seed',
    },
  ];
}
