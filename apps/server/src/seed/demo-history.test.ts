import { annotationSeeds } from './alerts.seed';
import { METRIC_SEEDS, TARGET_SEEDS, targetSeeds, type MetricSeed } from './catalog.seed';
import { DASHBOARD_SEEDS } from './dashboards.seed';
import { LEAD_FACT_METRICS, WORKFLOW_FACT_METRICS, observationDimensions } from '@opshub/metrics';
import { DIMENSION_VALUES, LIVE_TICK_CYCLE, generateDemoHistory, generateLiveTick, type DemoPoint } from './demo-history';
import { generateDemoLeads, type DemoLead } from './demo-leads';
import { DEMO_REP_SEEDS } from './revops.seed';

const NOW = new Date('2025-11-23T09:30:00Z');
const DAY_MS = 86_400_000;
const KEY_PATTERN = /[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*/g;
const DIMENSION_NAME = /^[a-z][a-z0-9_]*$/;

const formulaInputs = (formula: string) => formula.match(KEY_PATTERN) ?? [];
const metric = (key: string) => {
  const found = METRIC_SEEDS.find((m) => m.key === key);
  if (!found) throw new Error(`missing metric ${key}`);
  return found;
};
const baseMetrics = METRIC_SEEDS.filter((m) => !m.formula);
const derivedMetrics = METRIC_SEEDS.filter((m) => m.formula);

/** Base metrics a metric reads, through any derived inputs. */
function baseInputs(m: MetricSeed): MetricSeed[] {
  return m.formula ? formulaInputs(m.formula).flatMap((key) => baseInputs(metric(key))) : [m];
}

/** Every metric of docs/kpi-catalog.md: key, department, unit kind, direction. */
const CATALOG: Array<[string, string, string, 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER']> = [
  ['exec.revenue_growth', 'EXECUTIVE', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['exec.customer_growth', 'EXECUTIVE', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['exec.operational_efficiency', 'EXECUTIVE', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['exec.cost_reduction', 'EXECUTIVE', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['exec.team_productivity', 'EXECUTIVE', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['finance.arr', 'FINANCE', 'CURRENCY', 'HIGHER_IS_BETTER'],
  ['finance.gross_margin', 'FINANCE', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['finance.operating_margin', 'FINANCE', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['finance.cac', 'FINANCE', 'CURRENCY', 'LOWER_IS_BETTER'],
  ['finance.ltv', 'FINANCE', 'CURRENCY', 'HIGHER_IS_BETTER'],
  ['finance.ltv_cac', 'FINANCE', 'RATIO', 'HIGHER_IS_BETTER'],
  ['ops.customer_satisfaction', 'OPERATIONS', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['ops.employee_satisfaction', 'OPERATIONS', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['ops.process_efficiency', 'OPERATIONS', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['ops.automation_rate', 'OPERATIONS', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['product.uptime', 'PRODUCT', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['sales.lead_response_time', 'SALES', 'HOURS', 'LOWER_IS_BETTER'],
  ['sales.demo_conversion', 'SALES', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['sales.sales_cycle', 'SALES', 'DAYS', 'LOWER_IS_BETTER'],
  ['sales.win_rate', 'SALES', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['sales.pipeline_velocity', 'SALES', 'MULTIPLIER', 'HIGHER_IS_BETTER'],
  ['sales.pipeline_value', 'SALES', 'CURRENCY', 'HIGHER_IS_BETTER'],
  ['sales.conversion_rate', 'SALES', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['sales.activity_score', 'SALES', 'SCORE', 'HIGHER_IS_BETTER'],
  ['cs.time_to_value', 'CUSTOMER_SUCCESS', 'DAYS', 'LOWER_IS_BETTER'],
  ['cs.adoption_rate', 'CUSTOMER_SUCCESS', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['cs.expansion_rate', 'CUSTOMER_SUCCESS', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['cs.churn_rate', 'CUSTOMER_SUCCESS', 'PERCENT', 'LOWER_IS_BETTER'],
  ['cs.nps', 'CUSTOMER_SUCCESS', 'SCORE', 'HIGHER_IS_BETTER'],
  ['cs.health_score', 'CUSTOMER_SUCCESS', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['product.feature_delivery', 'PRODUCT', 'DAYS', 'LOWER_IS_BETTER'],
  ['product.bug_resolution', 'PRODUCT', 'HOURS', 'LOWER_IS_BETTER'],
  ['product.performance', 'PRODUCT', 'SECONDS', 'LOWER_IS_BETTER'],
  ['product.security', 'PRODUCT', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['ops.cost_per_customer', 'OPERATIONS', 'CURRENCY', 'LOWER_IS_BETTER'],
  ['ops.satisfaction', 'OPERATIONS', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['marketing.mql', 'MARKETING', 'COUNT', 'HIGHER_IS_BETTER'],
  ['marketing.sql', 'MARKETING', 'COUNT', 'HIGHER_IS_BETTER'],
  ['marketing.mql_to_sql', 'MARKETING', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['sales.sql_to_customer', 'SALES', 'PERCENT', 'HIGHER_IS_BETTER'],
  ['marketing.pipeline_generated', 'MARKETING', 'CURRENCY', 'HIGHER_IS_BETTER'],
  ['sales.conversion_time', 'SALES', 'DAYS', 'LOWER_IS_BETTER'],
  ['marketing.revenue_per_lead', 'MARKETING', 'CURRENCY', 'HIGHER_IS_BETTER'],
  ['marketing.cost_per_lead', 'MARKETING', 'CURRENCY', 'LOWER_IS_BETTER'],
];

/** Targets of the catalog: key, kind, value, baseline (percent values as fractions). */
const TARGETS: Array<[string, 'PLAN' | 'LONG_TERM', number, number | null]> = [
  ['exec.revenue_growth', 'LONG_TERM', 2, null],
  ['exec.customer_growth', 'LONG_TERM', 1.5, null],
  ['exec.operational_efficiency', 'LONG_TERM', 0.5, null],
  ['exec.cost_reduction', 'LONG_TERM', 0.3, null],
  ['exec.team_productivity', 'LONG_TERM', 0.4, null],
  ['finance.arr', 'LONG_TERM', 10_000_000, 2_000_000],
  ['finance.gross_margin', 'LONG_TERM', 0.9, 0.7],
  ['finance.operating_margin', 'LONG_TERM', 0.4, 0.2],
  ['finance.cac', 'LONG_TERM', 2_000, 5_000],
  ['finance.ltv', 'LONG_TERM', 50_000, 20_000],
  ['finance.ltv_cac', 'LONG_TERM', 25, 4],
  ['ops.customer_satisfaction', 'LONG_TERM', 0.9, 0.6],
  ['ops.employee_satisfaction', 'LONG_TERM', 0.85, 0.5],
  ['ops.process_efficiency', 'LONG_TERM', 0.8, 0.4],
  ['ops.automation_rate', 'LONG_TERM', 0.7, 0.2],
  ['product.uptime', 'LONG_TERM', 0.999, 0.995],
  ['sales.lead_response_time', 'LONG_TERM', 1, 4],
  ['marketing.sla_attainment', 'LONG_TERM', 0.95, null],
  ['cs.onboarding_time', 'LONG_TERM', 24, null],
  ['cs.onboarding_sla_attainment', 'LONG_TERM', 0.9, null],
  ['cs.ticket_first_response_time', 'LONG_TERM', 1, null],
  ['cs.ticket_sla_attainment', 'LONG_TERM', 0.85, null],
  ['cs.renewal_sla_attainment', 'LONG_TERM', 0.8, null],
  ['cs.onboarding_time_median', 'LONG_TERM', 24, null],
  ['cs.onboarding_time_p90', 'LONG_TERM', 24, null],
  ['cs.ticket_first_response_median', 'LONG_TERM', 1, null],
  ['cs.ticket_first_response_p90', 'LONG_TERM', 1, null],
  ['cs.ticket_resolution_time', 'LONG_TERM', 24, null],
  ['cs.ticket_resolution_median', 'LONG_TERM', 24, null],
  ['cs.ticket_resolution_p90', 'LONG_TERM', 72, null],
  ['cs.renewal_rate', 'LONG_TERM', 0.95, null],
  ['cs.renewal_expansion', 'LONG_TERM', 250_000, null],
  ['sales.demo_conversion', 'LONG_TERM', 0.3, 0.15],
  ['sales.sales_cycle', 'PLAN', 90, 180],
  ['sales.sales_cycle', 'LONG_TERM', 30, 180],
  ['sales.win_rate', 'PLAN', 0.25, 0.12],
  ['sales.win_rate', 'LONG_TERM', 0.4, 0.12],
  ['sales.pipeline_velocity', 'LONG_TERM', 2, 1],
  ['sales.pipeline_value', 'LONG_TERM', 5_000_000, null],
  ['sales.conversion_rate', 'LONG_TERM', 0.35, 0.15],
  ['sales.activity_score', 'LONG_TERM', 8, null],
  ['cs.time_to_value', 'LONG_TERM', 30, 60],
  ['cs.adoption_rate', 'LONG_TERM', 0.8, 0.4],
  ['cs.expansion_rate', 'LONG_TERM', 0.4, 0.2],
  ['cs.churn_rate', 'LONG_TERM', 0.05, 0.15],
  ['cs.nps', 'LONG_TERM', 70, 30],
  ['cs.health_score', 'LONG_TERM', 0.85, null],
  ['product.feature_delivery', 'LONG_TERM', 14, 28],
  ['product.bug_resolution', 'LONG_TERM', 24, 72],
  ['product.performance', 'LONG_TERM', 2, 5],
  ['product.security', 'LONG_TERM', 1, 0.95],
  ['ops.cost_per_customer', 'LONG_TERM', 500, 1_000],
  ['ops.satisfaction', 'LONG_TERM', 0.85, null],
  // Seed 004's operating costs, actual → optimised.
  ['finance.cost_personnel', 'LONG_TERM', 1_500_000, 2_000_000],
  ['finance.cost_technology', 'LONG_TERM', 300_000, 500_000],
  ['finance.cost_processes', 'LONG_TERM', 150_000, 300_000],
  ['finance.cost_overhead', 'LONG_TERM', 100_000, 200_000],
  ['finance.operating_cost', 'LONG_TERM', 2_050_000, 3_000_000],
  ['finance.cost_saving', 'LONG_TERM', 950_000, 0],
];

/** Formulas the product brief fixes. */
const FORMULAS: Array<[string, string]> = [
  ['sales.win_rate', 'sales.deals_won / sales.deals_closed'],
  ['marketing.mql_to_sql', 'marketing.sql / marketing.mql'],
  ['product.uptime', 'product.up_minutes / product.total_minutes'],
  ['cs.nps', '100 * (cs.nps_promoters - cs.nps_detractors) / cs.nps_responses'],
  ['finance.gross_margin', 'finance.gross_profit / finance.revenue'],
  ['finance.cac', 'marketing.spend / sales.new_customers'],
  ['finance.ltv_cac', 'finance.ltv / finance.cac'],
  ['marketing.cost_per_lead', 'marketing.spend / marketing.leads'],
  ['sales.lead_response_time', 'sales.response_hours_total / sales.responses'],
  ['marketing.sla_attainment', '1 - marketing.sla_breaches / marketing.sla_resolved'],
  ['cs.onboarding_sla_attainment', '1 - cs.onboarding_sla_breaches / cs.onboarding_sla_resolved'],
  ['cs.ticket_sla_attainment', '1 - cs.ticket_sla_breaches / cs.ticket_sla_resolved'],
  ['cs.renewal_sla_attainment', '1 - cs.renewal_sla_breaches / cs.renewal_sla_resolved'],
  ['cs.renewal_rate', 'cs.renewals_renewed / cs.renewals_decided'],
];

/** Seed 004's operating costs by category, their total and saving: on the executive and operations dashboards. */
const OPERATING_COSTS = ['finance.cost_personnel', 'finance.cost_technology', 'finance.cost_processes', 'finance.cost_overhead', 'finance.operating_cost', 'finance.cost_saving'];

const DASHBOARDS: Array<[string, string, string[]]> = [
  ['executive', 'EXECUTIVE', [
    'exec.revenue_growth', 'exec.customer_growth', 'exec.operational_efficiency', 'exec.cost_reduction', 'exec.team_productivity',
    'finance.arr', 'finance.gross_margin', 'finance.operating_margin', 'finance.cac', 'finance.ltv', 'finance.ltv_cac',
    'ops.customer_satisfaction', 'ops.employee_satisfaction', 'ops.process_efficiency', 'ops.automation_rate', 'product.uptime',
    ...OPERATING_COSTS,
  ]],
  ['sales', 'SALES', [
    'sales.lead_response_time', 'sales.demo_conversion', 'sales.sales_cycle', 'sales.win_rate', 'sales.pipeline_velocity',
    'sales.pipeline_value', 'sales.conversion_rate', 'sales.activity_score',
  ]],
  ['customer-success', 'CUSTOMER_SUCCESS', [
    'cs.time_to_value', 'cs.adoption_rate', 'cs.expansion_rate', 'cs.churn_rate', 'cs.nps', 'cs.health_score',
    // Seed 004's workflows, computed from their records.
    'cs.onboarding_time', 'cs.onboarding_sla_attainment', 'cs.ticket_first_response_time', 'cs.ticket_resolution_time', 'cs.ticket_sla_attainment',
    'cs.renewal_rate', 'cs.renewal_sla_attainment', 'cs.renewal_expansion',
  ]],
  ['product', 'PRODUCT', ['product.feature_delivery', 'product.bug_resolution', 'product.uptime', 'product.performance', 'product.security']],
  ['operations', 'OPERATIONS', [
    'ops.process_efficiency', 'ops.automation_rate', 'ops.cost_per_customer', 'cs.time_to_value', 'ops.satisfaction', ...OPERATING_COSTS,
    // Seed 004's "Workflows" table: each workflow's attainment.
    'marketing.sla_attainment', 'cs.onboarding_sla_attainment', 'cs.ticket_sla_attainment', 'cs.renewal_sla_attainment',
  ]],
  ['marketing', 'MARKETING', [
    'marketing.mql', 'marketing.sql', 'marketing.mql_to_sql', 'sales.sql_to_customer', 'marketing.pipeline_generated',
    'sales.conversion_time', 'marketing.revenue_per_lead', 'marketing.cost_per_lead', 'sales.lead_response_time', 'marketing.sla_attainment',
  ]],
];

/** Pointwise bounds that make the derived ratios sane: [part, whole]. */
const PART_OF_WHOLE: Array<[string, string]> = [
  ['marketing.mql', 'marketing.leads'],
  ['marketing.sql', 'marketing.mql'],
  ['sales.deals_won', 'sales.deals_closed'],
  ['sales.demos_converted', 'sales.demos'],
  ['product.up_minutes', 'product.total_minutes'],
  ['product.security_controls_passing', 'product.security_controls'],
  ['ops.process_runs_on_sla', 'ops.process_runs'],
  ['ops.automated_tasks', 'ops.tasks'],
  ['ops.csat_satisfied', 'ops.csat_responses'],
  ['ops.employee_survey_satisfied', 'ops.employee_survey_responses'],
  ['ops.service_survey_satisfied', 'ops.service_survey_responses'],
  ['cs.adopted_customers', 'finance.customers'],
  ['cs.healthy_customers', 'finance.customers'],
  ['finance.gross_profit', 'finance.revenue'],
  ['finance.operating_income', 'finance.gross_profit'],
];

const seriesKey = (p: DemoPoint) =>
  `${p.at.toISOString()}|${Object.entries(p.dimensions).sort().map(([k, v]) => `${k}=${v}`).join(',')}`;

/** value by metric, then by instant + dimensions; a missing flow point means 0. */
function index(points: DemoPoint[]): Map<string, Map<string, number>> {
  const byMetric = new Map<string, Map<string, number>>();
  for (const p of points) {
    const series = byMetric.get(p.metricKey) ?? new Map<string, number>();
    series.set(seriesKey(p), (series.get(seriesKey(p)) ?? 0) + p.value);
    byMetric.set(p.metricKey, series);
  }
  return byMetric;
}

/** Violations of the pointwise bounds, as readable strings (collected so 200k points need one assertion). */
function partWholeViolations(points: DemoPoint[]): string[] {
  const indexed = index(points);
  const violations: string[] = [];
  for (const [part, whole] of PART_OF_WHOLE) {
    for (const [series, value] of indexed.get(part) ?? new Map<string, number>()) {
      const total = indexed.get(whole)?.get(series) ?? 0;
      if (value > total) violations.push(`${part} ${value} > ${whole} ${total} at ${series}`);
    }
  }
  for (const [series, total] of indexed.get('cs.nps_responses') ?? new Map<string, number>()) {
    const answered = (indexed.get('cs.nps_promoters')?.get(series) ?? 0) + (indexed.get('cs.nps_detractors')?.get(series) ?? 0);
    if (answered > total) violations.push(`NPS promoters + detractors ${answered} > responses ${total} at ${series}`);
  }
  return violations;
}

function pointViolations(p: DemoPoint): string[] {
  const m = metric(p.metricKey);
  const violations: string[] = [];
  if (m.formula) violations.push(`point for derived metric ${p.metricKey}`);
  if (!Number.isFinite(p.value)) violations.push(`${p.metricKey} value ${p.value}`);
  if (['COUNT', 'MINUTES'].includes(m.unit.kind) && !(Number.isInteger(p.value) && p.value >= 0)) {
    violations.push(`${p.metricKey} count ${p.value}`);
  }
  const names = Object.keys(p.dimensions).sort();
  if (names.join() !== [...m.dimensions].sort().join()) violations.push(`${p.metricKey} dimensions ${names.join()}`);
  for (const [name, value] of Object.entries(p.dimensions)) {
    const allowed = (DIMENSION_VALUES as Record<string, readonly string[]>)[name];
    if (!allowed?.includes(value)) violations.push(`${p.metricKey} ${name}=${value}`);
  }
  return violations;
}

/** A metric's value over [from, to): SUM/AVG over points, LAST per series then summed; formulas over input aggregates. */
function evaluate(byMetric: Map<string, DemoPoint[]>, key: string, from: number, to: number): number {
  const m = metric(key);
  if (m.formula) {
    const expression = m.formula.replace(KEY_PATTERN, (input) => `(${evaluate(byMetric, input, from, to)})`);
    return Function(`return ${expression}`)() as number;
  }
  const inRange = (byMetric.get(key) ?? []).filter((p) => p.at.getTime() >= from && p.at.getTime() < to);
  if (m.aggregation === 'LAST') {
    const last = new Map<string, DemoPoint>();
    for (const p of inRange) last.set(JSON.stringify(p.dimensions), p);
    return [...last.values()].reduce((sum, p) => sum + p.value, 0);
  }
  const sum = inRange.reduce((total, p) => total + p.value, 0);
  return m.aggregation === 'AVG' ? sum / inRange.length : sum;
}

describe('metric catalog', () => {
  it('has unique keys', () => {
    expect(new Set(METRIC_SEEDS.map((m) => m.key)).size).toBe(METRIC_SEEDS.length);
  });

  it.each(CATALOG)('seeds %s (%s, %s, %s)', (key, department, unitKind, direction) => {
    const m = metric(key);
    expect([m.department, m.unit.kind, m.direction]).toEqual([department, unitKind, direction]);
  });

  it.each(FORMULAS)('derives %s = %s', (key, formula) => {
    expect(metric(key).formula).toBe(formula);
  });

  it('derives every percent KPI except the executive growth and gain readings', () => {
    const basePercents = baseMetrics.filter((m) => m.unit.kind === 'PERCENT').map((m) => m.key);
    expect(basePercents.every((key) => key.startsWith('exec.'))).toBe(true);
  });

  it.each(METRIC_SEEDS.map((m) => [m.key, m] as const))('%s is fully described', (_key, m) => {
    expect(m.name).not.toBe('');
    expect(m.description).not.toBe('');
    expect(m.owner).toBeTruthy();
    expect(m.reviewCadence).toBeTruthy();
    expect(m.i18n.es.name).not.toBe('');
    expect(m.i18n.es.description).not.toBe('');
    // Owners are catalog text too: Spanish pages show their titles in Spanish.
    expect(m.i18n.es.owner).toBeTruthy();
    if (m.unit.kind === 'CURRENCY') expect(m.unit.currency).toBe('USD');
    if (m.unit.kind === 'SCORE') expect([m.unit.scaleMin, m.unit.scaleMax]).toEqual(expect.arrayContaining([expect.any(Number)]));
  });

  it.each(derivedMetrics.map((m) => [m.key, m] as const))('%s reads existing metrics listed before it', (key, m) => {
    expect(m.formula).toMatch(/^[a-z0-9_.+\-*/() ]+$/);
    expect(m.dimensions).toEqual([]);
    const position = METRIC_SEEDS.indexOf(m);
    for (const input of formulaInputs(m.formula as string)) {
      expect(METRIC_SEEDS.findIndex((other) => other.key === input)).toBeGreaterThanOrEqual(0);
      expect(METRIC_SEEDS.findIndex((other) => other.key === input)).toBeLessThan(position);
      expect(input).not.toBe(key);
    }
  });

  it('has no formula cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (key: string, path: string[]): void => {
      if (state.get(key) === 'done') return;
      if (state.get(key) === 'visiting') throw new Error(`cycle ${[...path, key].join(' → ')}`);
      state.set(key, 'visiting');
      for (const input of formulaInputs(metric(key).formula ?? '')) visit(input, [...path, key]);
      state.set(key, 'done');
    };
    for (const m of METRIC_SEEDS) visit(m.key, []);
  });

  // A breakdown of a ratio is meaningful by the dimensions all its inputs carry: those of the narrowest input.
  it.each(derivedMetrics.map((m) => [m.key, m] as const))('%s has base inputs that all carry the narrowest one\'s dimensions', (_key, m) => {
    const sets = baseInputs(m).map((input) => input.dimensions);
    const narrowest = sets.reduce((a, b) => (b.length < a.length ? b : a));
    for (const set of sets) expect(set).toEqual(expect.arrayContaining(narrowest));
  });

  it('gives record-computed metrics their records\' dimensions and others at most three, named in snake case', () => {
    for (const m of baseMetrics) {
      if ((LEAD_FACT_METRICS as readonly string[]).includes(m.key)) expect(m.dimensions).toEqual(['channel', 'campaign', 'region', 'segment', 'rep']);
      else if (m.source === 'RECORDS') expect(['segment', 'priority', 'category']).toEqual(expect.arrayContaining(m.dimensions));
      else expect(m.dimensions.length).toBeLessThanOrEqual(3);
      if ((WORKFLOW_FACT_METRICS as readonly string[]).includes(m.key)) continue;
      for (const name of m.dimensions) {
        expect(name).toMatch(DIMENSION_NAME);
        expect(Object.keys(DIMENSION_VALUES)).toContain(name);
      }
    }
  });

  it('marks exactly the metrics lead and workflow events feed as computed from records', () => {
    expect(baseMetrics.filter((m) => m.source === 'RECORDS').map((m) => m.key).sort()).toEqual([...LEAD_FACT_METRICS, ...WORKFLOW_FACT_METRICS].sort());
  });
});

describe('targets', () => {
  const PLAN_START = new Date('2025-10-01T00:00:00Z');
  const dated = targetSeeds(PLAN_START);

  it.each(TARGETS)('seeds %s %s = %p (baseline %p)', (key, kind, value, baseline) => {
    const matches = TARGET_SEEDS.filter((t) => t.metricKey === key && t.kind === kind);
    expect(matches).toHaveLength(1);
    expect([matches[0].value, matches[0].baseline]).toEqual([value, baseline]);
  });

  it('seeds nothing beyond the catalog', () => {
    expect(TARGET_SEEDS).toHaveLength(TARGETS.length);
  });

  it('uses fixed, unique UUIDs on existing metrics', () => {
    expect(new Set(TARGET_SEEDS.map((t) => t.id)).size).toBe(TARGET_SEEDS.length);
    for (const t of TARGET_SEEDS) {
      expect(t.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(METRIC_SEEDS.some((m) => m.key === t.metricKey)).toBe(true);
    }
  });

  it('dates long-term targets from a year before the plan, open-ended', () => {
    for (const t of dated.filter((target) => target.kind === 'LONG_TERM')) {
      expect(t.effectiveFrom).toEqual(new Date(PLAN_START.getTime() - 365 * DAY_MS));
      expect(t.effectiveTo).toBeNull();
    }
  });

  it('dates plan targets over the 90 days from the plan start', () => {
    const plans = dated.filter((target) => target.kind === 'PLAN');
    expect(plans.map((t) => t.metricKey).sort()).toEqual(['sales.sales_cycle', 'sales.win_rate']);
    for (const t of plans) {
      expect(t.effectiveFrom).toEqual(PLAN_START);
      expect(t.effectiveTo).toEqual(new Date(PLAN_START.getTime() + 90 * DAY_MS));
    }
  });
});

describe('dashboards', () => {
  it('seeds exactly the catalog dashboards', () => {
    expect(DASHBOARD_SEEDS.map((d) => d.slug).sort()).toEqual(DASHBOARDS.map(([slug]) => slug).sort());
  });

  it.each(DASHBOARDS)('%s (%s) lists the catalog metrics in order', (slug, department, keys) => {
    const dashboard = DASHBOARD_SEEDS.find((d) => d.slug === slug);
    expect(dashboard?.department).toBe(department);
    expect(dashboard?.sections.flatMap((s) => s.metricKeys)).toEqual(keys);
    expect(dashboard?.sections.length).toBeGreaterThanOrEqual(1);
    // The catalog's sections (up to three), on the executive and operations dashboards the operating costs, and on the
    // customer-success and operations dashboards the workflows and their breaches.
    expect(dashboard?.sections.length).toBeLessThanOrEqual(6);
    expect(new Set(dashboard?.sections.map((s) => s.key)).size).toBe(dashboard?.sections.length);
    for (const key of keys) expect(METRIC_SEEDS.some((m) => m.key === key)).toBe(true);
    expect(dashboard?.i18n.es.title).toBeTruthy();
    for (const section of dashboard?.sections ?? []) expect(section.i18n.es.title).toBeTruthy();
  });
});

/** The observations the lead events produce (one point per fact; buckets only add them up). */
function leadFactPoints(leads: readonly DemoLead[]): DemoPoint[] {
  return leads.flatMap((l) => l.events.flatMap((e) => Object.entries(e.facts).map(([metricKey, value]) => ({
    metricKey, at: e.at, value, dimensions: observationDimensions(e.dims),
  }))));
}

const demo = generateDemoLeads({ now: NOW, days: 730 });

describe('demo history', () => {
  let history: DemoPoint[];
  const byMetric = new Map<string, DemoPoint[]>();
  beforeAll(() => {
    history = generateDemoHistory({ now: NOW, days: 730 });
    // With the metrics computed from the demo leads and the lifetime profit booked with their wins.
    for (const p of [...history, ...leadFactPoints(demo.leads), ...demo.points]) {
      const points = byMetric.get(p.metricKey) ?? [];
      points.push(p);
      byMetric.set(p.metricKey, points);
    }
  });

  it('stays within about 250k points for two years', () => {
    expect(history.length).toBeGreaterThan(100_000);
    expect(history.length).toBeLessThanOrEqual(250_000);
  });

  // Workflow records are replayed through the workflow service at seed time (simulator/workflow-flow.test.ts checks their KPIs).
  it.each(baseMetrics.map((m) => m.key).filter((key) => !(WORKFLOW_FACT_METRICS as readonly string[]).includes(key)))('has history for %s', (key) => {
    expect(byMetric.get(key)?.length).toBeGreaterThan(0);
  });

  it('writes only valid points of base metrics', () => {
    expect([...history, ...demo.points].flatMap(pointViolations)).toEqual([]);
  });

  it('writes daily points at 12:00Z, never after now, over the requested days', () => {
    const instants = new Set(history.map((p) => p.at.getTime()));
    expect(instants.size).toBe(730);
    for (const instant of instants) {
      expect(new Date(instant).toISOString().slice(10)).toBe('T12:00:00.000Z');
      expect(instant).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('writes one point per series per day for stocks', () => {
    for (const m of baseMetrics.filter((b) => b.aggregation === 'LAST')) {
      const seriesPerDay = m.dimensions.reduce((n, name) => n * (DIMENSION_VALUES as Record<string, readonly string[]>)[name].length, 1);
      const points = byMetric.get(m.key) ?? [];
      expect(points).toHaveLength(730 * seriesPerDay);
      expect(new Set(points.map(seriesKey)).size).toBe(points.length);
    }
  });

  it('keeps parts within their wholes point by point', () => {
    expect(partWholeViolations(history)).toEqual([]);
  });

  const withBaseline = TARGETS.filter(([, kind, , baseline]) => kind === 'LONG_TERM' && baseline !== null);
  it.each(withBaseline)('%s starts near its baseline and moves toward its target', (key, _kind, target, baseline) => {
    const end = history[history.length - 1].at.getTime() + 1;
    const start = end - 730 * DAY_MS;
    const first = evaluate(byMetric, key, start, start + 90 * DAY_MS);
    const last = evaluate(byMetric, key, end - 90 * DAY_MS, end);
    expect(Math.abs(first - (baseline as number))).toBeLessThan(Math.abs(first - target));
    expect(Math.abs(last - target)).toBeLessThan(Math.abs(first - target));
  });

  it('is deterministic for a seed and varies across seeds', () => {
    const a = generateDemoHistory({ now: NOW, days: 30, seed: 7 });
    expect(generateDemoHistory({ now: NOW, days: 30, seed: 7 })).toEqual(a);
    expect(generateDemoHistory({ now: NOW, days: 30, seed: 8 })).not.toEqual(a);
  });
});

describe('live ticks', () => {
  const ticks = Array.from({ length: LIVE_TICK_CYCLE }, (_, tick) => generateLiveTick({ now: NOW, tick }));

  it('writes a few valid points at now', () => {
    for (const points of ticks) {
      expect(points.length).toBeGreaterThan(0);
      expect(points.length).toBeLessThanOrEqual(100);
      expect(points.flatMap(pointViolations)).toEqual([]);
      expect(points.every((p) => p.at.getTime() === NOW.getTime())).toBe(true);
      expect(partWholeViolations(points)).toEqual([]);
    }
  });

  it('covers every input of the executive dashboard within one cycle, but those the live lead flow moves', () => {
    const touched = new Set(ticks.flat().map((p) => p.metricKey));
    const executive = DASHBOARD_SEEDS.find((d) => d.slug === 'executive');
    const inputs = (executive?.sections ?? []).flatMap((s) => s.metricKeys).flatMap((key) => baseInputs(metric(key)))
      .filter((m) => m.source !== 'RECORDS' && m.key !== 'finance.lifetime_gross_profit').map((m) => m.key);
    expect(inputs.filter((key) => !touched.has(key))).toEqual([]);
  });

  it('is deterministic for a seed and tick', () => {
    expect(generateLiveTick({ now: NOW, tick: 3, seed: 5 })).toEqual(generateLiveTick({ now: NOW, tick: 3, seed: 5 }));
    expect(generateLiveTick({ now: NOW, tick: 13, seed: 5 })).not.toEqual(generateLiveTick({ now: NOW, tick: 3, seed: 5 }));
  });
});

describe('demo leads', () => {
  const events = demo.leads.flatMap((l) => l.events);
  const DAY = 86_400_000;

  it('brings a realistic volume over the history and its warm-up', () => {
    expect(demo.leads.length).toBeGreaterThan(5_000);
    expect(demo.leads.length).toBeLessThan(15_000);
    expect(events.length).toBeLessThan(120_000);
  });

  it('keeps every journey in time order, never after now, ending in the lead\'s status', () => {
    for (const { lead, events: journey } of demo.leads) {
      const times = journey.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)!).toBeLessThanOrEqual(NOW.getTime());
      const moves = journey.filter((e) => e.toStatus);
      expect(moves.at(-1)?.toStatus).toBe(lead.status);
    }
  });

  it('routes within territory, and queues what the understaffed LATAM team cannot take', () => {
    const territory = new Map(DEMO_REP_SEEDS.map((rep) => [rep.key, rep.territories]));
    for (const { lead } of demo.leads) if (lead.ownerKey) expect(territory.get(lead.ownerKey)).toContain(lead.region);
    const queued = demo.leads.filter((l) => l.events.some((e) => e.kind === 'QUEUED'));
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.every((l) => l.lead.region === 'LATAM')).toBe(true);
    const breaches = events.filter((e) => e.kind === 'SLA_BREACHED');
    expect(breaches.length).toBeGreaterThan(0);
  });

  it('feeds every metric computed from records, with each lead counted at most once per stage', () => {
    const fed = new Set(events.flatMap((e) => Object.keys(e.facts)));
    expect([...LEAD_FACT_METRICS].filter((key) => !fed.has(key))).toEqual([]);
    for (const { events: journey } of demo.leads) {
      for (const key of ['marketing.leads', 'marketing.mql', 'marketing.sql', 'sales.deals_closed', 'sales.responses']) {
        expect(journey.filter((e) => key in e.facts).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('books the lifetime profit of every win', () => {
    expect(demo.points.length).toBe(events.filter((e) => e.toStatus === 'WON').length);
  });

  it('has fewer leads on weekends', () => {
    const created = demo.leads.map((l) => l.lead.createdAt).filter((at) => at.getTime() > NOW.getTime() - 365 * DAY);
    const weekend = created.filter((at) => [0, 6].includes(at.getUTCDay())).length / 2;
    const weekday = created.filter((at) => ![0, 6].includes(at.getUTCDay())).length / 5;
    expect(weekend).toBeLessThan(0.7 * weekday);
  });

  it('is deterministic for a seed', () => {
    const again = generateDemoLeads({ now: NOW, days: 30, seed: 3 });
    expect(generateDemoLeads({ now: NOW, days: 30, seed: 3 })).toEqual(again);
    expect(generateDemoLeads({ now: NOW, days: 30, seed: 4 }).leads[0].lead.id).not.toBe(again.leads[0].lead.id);
  });
});

describe('seeded annotations', () => {
  const seeded = (now: Date, name: string) => annotationSeeds(now).find((a) => a.title === name)!;
  it.each(['2026-12-05T10:00:00Z', '2026-04-10T10:00:00Z', '2026-04-20T00:00:00Z', '2026-05-31T23:00:00Z', '2027-01-01T00:00:00Z', '2026-03-01T00:00:00Z'])(
    'seeded on %s, the spring campaign runs in spring (March to May), has ended and lies within a year of data',
    (iso) => {
      const now = new Date(iso);
      const { at, endAt } = seeded(now, 'Spring campaign');
      expect([at.getUTCMonth(), endAt!.getUTCMonth()].every((month) => month >= 2 && month <= 4)).toBe(true);
      expect(endAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(now.getTime() - at.getTime()).toBeLessThan(400 * DAY_MS);
    },
  );

  it('places every seeded event before the seeding day', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    for (const annotation of annotationSeeds(now)) expect((annotation.endAt ?? annotation.at).getTime()).toBeLessThanOrEqual(now.getTime());
  });
});
