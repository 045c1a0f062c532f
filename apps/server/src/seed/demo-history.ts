/**
 * Deterministic demo data for the seeded catalog: two years of daily history and the live ticks of the simulator.
 *
 * The company starts near the catalog baselines two years before `now` and improves toward (without always
 * reaching) the long-term targets, read from TARGET_SEEDS so the demo follows the catalog. Every point is at 12:00Z.
 * Stocks (LAST) get one point per series per day; flows (SUM) get the day's total per series and, like an
 * event-sourced pipeline, no point for a series-day without events. Ratios are built from the same draws, so
 * promoters + detractors ≤ responses and up ≤ total minutes hold point by point. The lead funnel's metrics (source
 * RECORDS) are not generated here: they come from the demo leads (demo-leads.ts), and the spend that buys those leads
 * is budgeted on the same funnel model (FUNNEL below).
 */
import { COST_CATEGORY_SEEDS, METRIC_SEEDS, PRE_PLAN_OPERATING_COST, TARGET_SEEDS } from './catalog.seed';
import { INITIATIVE_SEEDS } from './initiatives.seed';
import { startOf } from '@opshub/metrics';
import { DEMO_CAMPAIGNS, DEMO_CHANNELS, DEMO_REP_SEEDS, LIVE_LEADS_PER_TICK } from './revops.seed';

export interface DemoPoint {
  metricKey: string;
  at: Date;
  value: number;
  dimensions: Record<string, string>;
}

export const DIMENSION_VALUES = {
  region: ['NA', 'EMEA', 'LATAM', 'APAC'],
  channel: DEMO_CHANNELS,
  campaign: Object.values(DEMO_CAMPAIGNS).flat(),
  segment: ['SMB', 'MID_MARKET', 'ENTERPRISE'],
  team: ['sales', 'marketing', 'customer_success', 'product', 'engineering', 'operations'],
  service: ['api', 'web_app', 'data_pipeline', 'integrations'],
  workflow: ['lead_management', 'customer_onboarding', 'support_tickets', 'renewal_management'],
  rep: DEMO_REP_SEEDS.map((rep) => rep.key),
  initiative: INITIATIVE_SEEDS.map((seed) => seed.key),
} as const;

export type Region = (typeof DIMENSION_VALUES.region)[number];
export type Channel = (typeof DIMENSION_VALUES.channel)[number];
export type Segment = (typeof DIMENSION_VALUES.segment)[number];
type Team = (typeof DIMENSION_VALUES.team)[number];
type Service = (typeof DIMENSION_VALUES.service)[number];
type Workflow = (typeof DIMENSION_VALUES.workflow)[number];

const { region: REGIONS, channel: CHANNELS, segment: SEGMENTS, team: TEAMS, service: SERVICES, workflow: WORKFLOWS } =
  DIMENSION_VALUES;

export const DAY_MS = 86_400_000;
const NOON_MS = 12 * 3_600_000;
export const DEFAULT_SEED = 20_240_602;
/** The trends run over two years whatever `days` is, so a shorter history is the recent end of the same story. */
export const TREND_SPAN_DAYS = 730;
const YEARS_PER_SPAN = TREND_SPAN_DAYS / 365;
const ONE_YEAR = 365 / TREND_SPAN_DAYS;

// ── Seeded randomness (mulberry32): no Math.random, same seed → same data.

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  uniform(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  normal(): number {
    const u = 1 - this.uniform(); // (0, 1]: log is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.uniform());
  }

  /** A multiplicative noise factor around 1, never below 0.2 so values keep their sign. */
  noise(sd: number): number {
    return Math.max(0.2, 1 + sd * this.normal());
  }

  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    for (let product = this.uniform(); product > limit; product *= this.uniform()) k++;
    return k;
  }

  binomial(n: number, p: number): number {
    const q = clamp(p, 0, 1);
    if (n > 40) return clamp(Math.round(n * q + Math.sqrt(n * q * (1 - q)) * this.normal()), 0, n);
    let k = 0;
    for (let i = 0; i < n; i++) if (this.uniform() < q) k++;
    return k;
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.uniform());
  }

  pick<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as Array<[T, number]>;
    let u = this.uniform() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of entries) {
      u -= w;
      if (u < 0) return item;
    }
    return entries[entries.length - 1][0];
  }
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

export const round = (x: number, digits: number) => Number(x.toFixed(digits));
export const money = (x: number) => round(x, 2);

// ── Trends: p is 0 two years before the last history day and 1 on it.

/** Smooth S-curve: improvement starts slowly, speeds up, then settles. */
function ease(p: number): number {
  const x = clamp(p, 0, 1);
  return x * x * (3 - 2 * x);
}

interface Level {
  start: number;
  end: number;
}

export const at = (level: Level, p: number) => level.start + (level.end - level.start) * ease(p);

/** From the catalog baseline (or `start` where the catalog has none) `reach` of the way to the long-term target. */
function toward(metricKey: string, reach: number, start?: number): Level {
  const target = TARGET_SEEDS.find((t) => t.metricKey === metricKey && t.kind === 'LONG_TERM');
  const from = start ?? target?.baseline;
  if (!target || from === undefined || from === null) throw new Error(`No long-term target and baseline for ${metricKey}`);
  return { start: from, end: from + (target.value - from) * reach };
}

// Reaches differ so that today's dashboards mix on-track, at-risk and off-track KPIs.
export const LEVELS = {
  winRate: toward('sales.win_rate', 0.75),
  salesCycle: toward('sales.sales_cycle', 0.75),
  demoConversion: toward('sales.demo_conversion', 0.8),
  responseHours: toward('sales.lead_response_time', 0.85),
  velocity: toward('sales.pipeline_velocity', 0.8),
  pipeline: toward('sales.pipeline_value', 0.8, 1_400_000),
  activity: toward('sales.activity_score', 0.75, 5.5),
  cac: toward('finance.cac', 0.7),
  grossMargin: toward('finance.gross_margin', 0.75),
  operatingMargin: toward('finance.operating_margin', 0.7),
  timeToValue: toward('cs.time_to_value', 0.8),
  adoption: toward('cs.adoption_rate', 0.75),
  expansion: toward('cs.expansion_rate', 0.7),
  churn: toward('cs.churn_rate', 0.7),
  nps: toward('cs.nps', 0.7),
  health: toward('cs.health_score', 0.8, 0.55),
  featureDays: toward('product.feature_delivery', 0.85),
  bugHours: toward('product.bug_resolution', 0.8),
  uptime: toward('product.uptime', 0.85),
  performance: toward('product.performance', 0.85),
  security: toward('product.security', 0.9),
  processEfficiency: toward('ops.process_efficiency', 0.8),
  automation: toward('ops.automation_rate', 0.8),
  csat: toward('ops.customer_satisfaction', 0.85),
  employeeSatisfaction: toward('ops.employee_satisfaction', 0.8),
  opsSatisfaction: toward('ops.satisfaction', 0.85, 0.6),
  costPerCustomer: toward('ops.cost_per_customer', 0.8),
  efficiencyGain: toward('exec.operational_efficiency', 0.8, 0),
  costReduction: toward('exec.cost_reduction', 0.9, 0),
  productivityGain: toward('exec.team_productivity', 0.85, 0),
  // Funnel rates and capacity the catalog gives no target for.
  mqlRate: { start: 0.8, end: 0.85 },
  mqlToSql: { start: 0.5, end: 0.7 },
  sqlToOpportunity: { start: 0.35, end: 0.45 },
  leadsPerDay: { start: 6, end: 18 },
  qualifyingDays: { start: 25, end: 12 },
  contractUplift: { start: 1, end: 1.06 },
  headcount: { start: 20, end: 76 }, // capacity plan: team 20 → 100
} satisfies Record<string, Level>;

/** $2M ARR at a $4.3k blended contract value; also makes contract value × margin ÷ churn = the $20k LTV baseline. */
const CUSTOMERS_AT_START = 480;
/** Year-over-year customer growth rises linearly from 50 % to 130 % over the two years. */
const GROWTH_START = 0.5;
const GROWTH_END = 1.3;

export const ANNUAL_CONTRACT: Record<Segment, number> = { SMB: 2_000, MID_MARKET: 5_000, ENTERPRISE: 16_000 };
const SEGMENT_MIX_START: Record<Segment, number> = { SMB: 0.6, MID_MARKET: 0.3, ENTERPRISE: 0.1 };
const SEGMENT_MIX_END: Record<Segment, number> = { SMB: 0.52, MID_MARKET: 0.35, ENTERPRISE: 0.13 };

/** The lead funnel at progress p: what the demo leads follow, and what the spend that buys them is budgeted on. */
export function funnelRates(p: number) {
  return {
    leadsPerDay: at(LEVELS.leadsPerDay, p),
    mql: at(LEVELS.mqlRate, p),
    sql: at(LEVELS.mqlToSql, p),
    opportunity: at(LEVELS.sqlToOpportunity, p),
    win: at(LEVELS.winRate, p),
  };
}

/** Customers a day the funnel wins at progress p (the delay of the sales cycle aside). */
function expectedWinsPerDay(p: number): number {
  const f = funnelRates(p);
  return f.leadsPerDay * f.mql * f.sql * f.opportunity * f.win;
}

function growthRate(p: number): number {
  return GROWTH_START + (GROWTH_END - GROWTH_START) * clamp(p, 0, 1);
}

/** Expected active customers: ln C grows by ln(1 + growth) a year (closed form of the integral for linear growth). */
function customersTrend(p: number): number {
  const a = 1 + GROWTH_START;
  const b = GROWTH_END - GROWTH_START;
  const integral = (q: number) => ((a + b * q) * Math.log(a + b * q) - (a + b * q)) / b;
  const q = clamp(p, 0, 1);
  let lnC = Math.log(CUSTOMERS_AT_START) + YEARS_PER_SPAN * (integral(q) - integral(0));
  if (p < 0) lnC += YEARS_PER_SPAN * p * Math.log(a);
  if (p > 1) lnC += YEARS_PER_SPAN * (p - 1) * Math.log(a + b);
  return Math.exp(lnC);
}

export function segmentMix(p: number): Record<Segment, number> {
  const e = ease(p);
  return {
    SMB: SEGMENT_MIX_START.SMB + (SEGMENT_MIX_END.SMB - SEGMENT_MIX_START.SMB) * e,
    MID_MARKET: SEGMENT_MIX_START.MID_MARKET + (SEGMENT_MIX_END.MID_MARKET - SEGMENT_MIX_START.MID_MARKET) * e,
    ENTERPRISE: SEGMENT_MIX_START.ENTERPRISE + (SEGMENT_MIX_END.ENTERPRISE - SEGMENT_MIX_START.ENTERPRISE) * e,
  };
}

function blendedContract(p: number): number {
  const mix = segmentMix(p);
  return SEGMENTS.reduce((sum, s) => sum + mix[s] * ANNUAL_CONTRACT[s], 0) * at(LEVELS.contractUplift, p);
}

function arrTrend(p: number): number {
  return customersTrend(p) * blendedContract(p);
}

/** Expected new customers a day: enough to grow at growthRate and replace churn. */
function newCustomersPerDay(p: number): number {
  return (customersTrend(p) * (Math.log(1 + growthRate(p)) + at(LEVELS.churn, p))) / 365;
}

// ── Fixed shapes of the business. Segment factors are close to 1 on the starting mix, so totals follow the levels.

export const REGION_SHARE: Record<Region, number> = { NA: 0.45, EMEA: 0.3, LATAM: 0.1, APAC: 0.15 };
export const LEAD_MIX: Record<Channel, number> = { organic: 0.28, paid_search: 0.24, social: 0.16, events: 0.09, referral: 0.1, outbound: 0.13 };
const SPEND_MIX: Record<Channel, number> = { organic: 0.1, paid_search: 0.35, social: 0.15, events: 0.2, referral: 0.05, outbound: 0.15 };
export const CHANNEL_LTV: Record<Channel, number> = { organic: 1.1, paid_search: 0.9, social: 0.85, events: 1, referral: 1.25, outbound: 1 };
export const SEGMENT_CYCLE: Record<Segment, number> = { SMB: 0.7, MID_MARKET: 1.1, ENTERPRISE: 1.9 };
const SEGMENT_GROSS_MARGIN: Record<Segment, number> = { SMB: -0.02, MID_MARKET: 0.01, ENTERPRISE: 0.03 };
const SEGMENT_OPERATING_MARGIN: Record<Segment, number> = { SMB: -0.03, MID_MARKET: 0.02, ENTERPRISE: 0.06 };
const SEGMENT_CHURN: Record<Segment, number> = { SMB: 1.3, MID_MARKET: 0.7, ENTERPRISE: 0.35 };
const SEGMENT_EXPANSION: Record<Segment, number> = { SMB: 0.8, MID_MARKET: 1.2, ENTERPRISE: 1.6 };
const SEGMENT_ADOPTION: Record<Segment, number> = { SMB: 0.95, MID_MARKET: 1.05, ENTERPRISE: 1.1 };
const SEGMENT_COST: Record<Segment, number> = { SMB: 0.6, MID_MARKET: 1.2, ENTERPRISE: 2.9 };
const SEGMENT_TTV: Record<Segment, number> = { SMB: 0.7, MID_MARKET: 1.2, ENTERPRISE: 2 };
const SEGMENT_NPS: Record<Segment, number> = { SMB: -4, MID_MARKET: 3, ENTERPRISE: 8 };
export const REGION_RESPONSE: Record<Region, number> = { NA: 0.85, EMEA: 1, LATAM: 1.3, APAC: 1.35 };
const REGION_CSAT: Record<Region, number> = { NA: 0.02, EMEA: 0, LATAM: -0.03, APAC: -0.02 };
const REGION_ACTIVITY: Record<Region, number> = { NA: 0.4, EMEA: 0, LATAM: -0.5, APAC: -0.2 };
const SERVICE_TRAFFIC: Record<Service, number> = { api: 0.45, web_app: 0.35, data_pipeline: 0.08, integrations: 0.12 };
const SERVICE_LATENCY: Record<Service, number> = { api: 0.6, web_app: 1.2, data_pipeline: 2.5, integrations: 1.4 };
const SERVICE_OUTAGES: Record<Service, number> = { api: 0.7, web_app: 0.8, data_pipeline: 1.5, integrations: 1.3 };
const SERVICE_FEATURES: Record<Service, number> = { api: 0.9, web_app: 0.8, data_pipeline: 1.3, integrations: 1.1 };
const SERVICE_CONTROLS: Record<Service, number> = { api: 34, web_app: 30, data_pipeline: 28, integrations: 26 };
const TEAM_SHARE: Record<Team, number> = { sales: 0.22, marketing: 0.1, customer_success: 0.18, product: 0.1, engineering: 0.28, operations: 0.12 };
const TEAM_AUTOMATION: Record<Team, number> = { sales: 0.95, marketing: 1.2, customer_success: 0.9, product: 0.8, engineering: 1.15, operations: 1.1 };
const TEAM_MOOD: Record<Team, number> = { sales: -0.04, marketing: 0.02, customer_success: -0.02, product: 0.03, engineering: 0.02, operations: 0 };
/** Workflow SLA success rates relative to the overall level (seed targets: leads 95 %, onboarding 90 %, tickets 85 %, renewals 80 %). */
const WORKFLOW_SLA: Record<Workflow, number> = { lead_management: 1.15, customer_onboarding: 1.05, support_tickets: 0.98, renewal_management: 0.9 };

const OUTAGE_DAY_PROBABILITY = 0.12;
const MINUTES_PER_DAY = 1440;
const REQUESTS_PER_CUSTOMER_DAY = 300;
const TICKETS_PER_CUSTOMER_DAY = 0.05;
const CSAT_RESPONSE_RATE = 0.3;
const NPS_RESPONSES_PER_CUSTOMER_DAY = 0.01;
const NPS_PASSIVES = 0.25;
const TASKS_PER_HEAD_DAY = 12;

/** Multiplier for a weekday or weekend day, normalised so a week averages 1. */
export function weekly(isWeekend: boolean, weekendLevel: number): number {
  const weekday = 7 / (5 + 2 * weekendLevel);
  return isWeekend ? weekday * weekendLevel : weekday;
}

type Emit = (metricKey: string, value: number, dimensions: Record<string, string>) => void;

/** Expected stock levels of one region × segment series at progress p. */
function seriesStocks(p: number, region: Region, segment: Segment) {
  const share = REGION_SHARE[region] * segmentMix(p)[segment];
  const customers = customersTrend(p) * share;
  return {
    customers,
    contract: ANNUAL_CONTRACT[segment] * at(LEVELS.contractUplift, p),
    adoption: clamp(at(LEVELS.adoption, p) * SEGMENT_ADOPTION[segment], 0, 0.98),
    health: clamp(at(LEVELS.health, p) * SEGMENT_ADOPTION[segment], 0, 0.98),
    pipeline: (at(LEVELS.pipeline, p) * share * ANNUAL_CONTRACT[segment]) / blendedContract(p),
  };
}

function failingControls(service: Service, p: number, wobble: number): number {
  return clamp(Math.round(SERVICE_CONTROLS[service] * (1 - at(LEVELS.security, p)) + wobble), 0, SERVICE_CONTROLS[service]);
}

function npsShares(p: number, segment: Segment) {
  const score = clamp((at(LEVELS.nps, p) + SEGMENT_NPS[segment]) / 100, -0.7, 0.7);
  const promoters = (1 - NPS_PASSIVES + score) / 2;
  const detractors = (1 - NPS_PASSIVES - score) / 2;
  return { promoters, detractorsOfRest: detractors / (1 - promoters) };
}

/** Writes the history day by day, holding the slowly drifting noise of stock series between days. */
class HistorySimulator {
  private readonly drifts = new Map<string, number>();

  constructor(private readonly rng: Random) {}

  /** AR(1) noise: today's deviation keeps 90 % of yesterday's, so stocks wander instead of jumping. */
  private drift(series: string, sd: number): number {
    const previous = this.drifts.get(series);
    const next = previous === undefined ? sd * this.rng.normal() : 0.9 * previous + sd * 0.436 * this.rng.normal();
    this.drifts.set(series, next);
    return next;
  }

  write(p: number, isWeekend: boolean, emit: Emit, emitFlow: Emit): void {
    const rng = this.rng;
    const leadsWeek = weekly(isWeekend, 0.45);
    const dealsWeek = weekly(isWeekend, 0.2);
    const workWeek = weekly(isWeekend, 0.1);
    const usageWeek = weekly(isWeekend, 0.6);
    const spendWeek = weekly(isWeekend, 0.85);
    const mix = segmentMix(p);
    const customers = customersTrend(p);
    const newPerDay = newCustomersPerDay(p);
    const grossMargin = at(LEVELS.grossMargin, p);
    const churn = at(LEVELS.churn, p);
    const headcount = at(LEVELS.headcount, p);

    // The spend that buys the demo leads, by channel, campaign and region (the leads themselves are records).
    const spendPerDay = at(LEVELS.cac, p) * expectedWinsPerDay(p) * spendWeek;
    for (const channel of CHANNELS) {
      for (const campaign of DEMO_CAMPAIGNS[channel]) {
        for (const region of REGIONS) {
          const spend = (spendPerDay * SPEND_MIX[channel] * REGION_SHARE[region]) / DEMO_CAMPAIGNS[channel].length;
          emit('marketing.spend', money(spend * rng.noise(0.08)), { channel, campaign, region });
        }
      }
    }

    for (const region of REGIONS) emit('sales.activity_score', activityScore(rng, p, region), { region });

    for (const region of REGIONS) {
      for (const segment of SEGMENTS) {
        const dims = { region, segment };
        const stocks = seriesStocks(p, region, segment);
        const active = Math.max(1, Math.round(stocks.customers * (1 + this.drift(`customers|${region}|${segment}`, 0.01))));
        emit('finance.customers', active, dims);
        emit('finance.arr', money(active * stocks.contract * (1 + this.drift(`arr|${region}|${segment}`, 0.01))), dims);
        emit('cs.adopted_customers', Math.min(active, Math.round(active * stocks.adoption * (1 + this.drift(`adopted|${region}|${segment}`, 0.02)))), dims);
        emit('cs.healthy_customers', Math.min(active, Math.round(active * stocks.health * (1 + this.drift(`healthy|${region}|${segment}`, 0.02)))), dims);
        emit('sales.pipeline_value', money(stocks.pipeline * (1 + this.drift(`pipeline|${region}|${segment}`, 0.04))), dims);

        const revenue = ((active * stocks.contract) / 365) * rng.noise(0.03);
        const grossProfit = revenue * clamp(grossMargin + SEGMENT_GROSS_MARGIN[segment] + 0.01 * rng.normal(), 0, 0.99);
        const operatingIncome = revenue * (at(LEVELS.operatingMargin, p) + SEGMENT_OPERATING_MARGIN[segment] + 0.03 * rng.normal());
        emit('finance.revenue', money(revenue), dims);
        emit('finance.gross_profit', money(grossProfit), dims);
        emit('finance.operating_income', money(Math.min(operatingIncome, grossProfit)), dims);

        emit('cs.customer_days', active, dims);
        emitFlow('cs.churned_customers', rng.poisson((active * churn * SEGMENT_CHURN[segment]) / 365), dims);
        emitFlow('cs.expansions', rng.poisson(((active * at(LEVELS.expansion, p) * SEGMENT_EXPANSION[segment]) / 365) * dealsWeek), dims);
        emit('ops.cost_to_serve', money(((active * at(LEVELS.costPerCustomer, p) * SEGMENT_COST[segment]) / 365) * rng.noise(0.05)), dims);
      }
    }

    for (const segment of SEGMENTS) {
      const dims = { segment };
      const onboarded = rng.poisson(newPerDay * workWeek * mix[segment]);
      emitFlow('cs.onboarded_customers', onboarded, dims);
      if (onboarded > 0) {
        emit('cs.ttv_days_total', Math.round(onboarded * at(LEVELS.timeToValue, p) * SEGMENT_TTV[segment] * rng.noise(0.3 / Math.sqrt(onboarded))), dims);
      }
      const answers = rng.poisson(customers * mix[segment] * NPS_RESPONSES_PER_CUSTOMER_DAY * usageWeek);
      const shares = npsShares(p, segment);
      const promoters = rng.binomial(answers, shares.promoters);
      emitFlow('cs.nps_responses', answers, dims);
      emitFlow('cs.nps_promoters', promoters, dims);
      emitFlow('cs.nps_detractors', rng.binomial(answers - promoters, shares.detractorsOfRest), dims);
    }

    const uptime = at(LEVELS.uptime, p);
    for (const service of SERVICES) {
      const dims = { service };
      const features = rng.poisson(0.35 * Math.sqrt(headcount / LEVELS.headcount.start) * workWeek);
      emitFlow('product.features_delivered', features, dims);
      if (features > 0) {
        emit('product.feature_lead_days_total', Math.round(features * at(LEVELS.featureDays, p) * SERVICE_FEATURES[service] * rng.noise(0.3 / Math.sqrt(features))), dims);
      }
      const bugs = rng.poisson(1.2 * Math.sqrt(customers / CUSTOMERS_AT_START) * workWeek);
      emitFlow('product.bugs_resolved', bugs, dims);
      if (bugs > 0) emit('product.bug_resolution_hours_total', round(bugs * at(LEVELS.bugHours, p) * rng.noise(0.4 / Math.sqrt(bugs)), 1), dims);

      // Outages are rare and lumpy: on a few days a service loses tens of minutes.
      const outageMean = ((1 - uptime) * MINUTES_PER_DAY * SERVICE_OUTAGES[service]) / OUTAGE_DAY_PROBABILITY;
      const down = rng.uniform() < OUTAGE_DAY_PROBABILITY ? Math.min(MINUTES_PER_DAY, Math.round(rng.exponential(outageMean))) : 0;
      emit('product.total_minutes', MINUTES_PER_DAY, dims);
      emit('product.up_minutes', MINUTES_PER_DAY - down, dims);

      const requests = Math.round(customers * REQUESTS_PER_CUSTOMER_DAY * SERVICE_TRAFFIC[service] * usageWeek * rng.noise(0.05));
      emit('product.requests', requests, dims);
      emit('product.request_seconds_total', Math.round(requests * at(LEVELS.performance, p) * SERVICE_LATENCY[service] * rng.noise(0.04)), dims);

      const controls = SERVICE_CONTROLS[service];
      emit('product.security_controls', controls, dims);
      emit('product.security_controls_passing', controls - failingControls(service, p, this.drift(`security|${service}`, 0.5)), dims);
    }

    const processEfficiency = at(LEVELS.processEfficiency, p);
    const runsPerDay: Record<Workflow, number> = {
      lead_management: funnelRates(p).leadsPerDay * leadsWeek,
      customer_onboarding: newPerDay * dealsWeek,
      support_tickets: customers * TICKETS_PER_CUSTOMER_DAY * usageWeek,
      renewal_management: (customers / 365) * workWeek,
    };
    for (const workflow of WORKFLOWS) {
      const runs = rng.poisson(runsPerDay[workflow]);
      emitFlow('ops.process_runs', runs, { workflow });
      emitFlow('ops.process_runs_on_sla', rng.binomial(runs, Math.min(0.99, processEfficiency * WORKFLOW_SLA[workflow])), { workflow });
    }

    for (const team of TEAMS) {
      const dims = { team };
      const people = headcount * TEAM_SHARE[team];
      const tasks = rng.poisson(people * TASKS_PER_HEAD_DAY * workWeek);
      emitFlow('ops.tasks', tasks, dims);
      emitFlow('ops.automated_tasks', rng.binomial(tasks, Math.min(0.98, at(LEVELS.automation, p) * TEAM_AUTOMATION[team])), dims);
      const pulse = rng.poisson(people * 0.08 * workWeek);
      emitFlow('ops.employee_survey_responses', pulse, dims);
      emitFlow('ops.employee_survey_satisfied', rng.binomial(pulse, at(LEVELS.employeeSatisfaction, p) + TEAM_MOOD[team]), dims);
      const internal = rng.poisson(people * 0.05 * workWeek);
      emitFlow('ops.service_survey_responses', internal, dims);
      emitFlow('ops.service_survey_satisfied', rng.binomial(internal, at(LEVELS.opsSatisfaction, p)), dims);
    }

    for (const region of REGIONS) {
      const answers = rng.poisson(customers * TICKETS_PER_CUSTOMER_DAY * CSAT_RESPONSE_RATE * REGION_SHARE[region] * usageWeek);
      emitFlow('ops.csat_responses', answers, { region });
      emitFlow('ops.csat_satisfied', rng.binomial(answers, at(LEVELS.csat, p) + REGION_CSAT[region]), { region });
    }

    writeCompanyGauges(rng, p, emit);
  }
}

/** Company-wide readings (LAST, no dimension): growth from the same trends as ARR and customers, gains from their levels. */
function writeCompanyGauges(rng: Random, p: number, emit: Emit): void {
  emit('exec.revenue_growth', round(arrTrend(p) / arrTrend(p - ONE_YEAR) - 1 + 0.01 * rng.normal(), 4), {});
  emit('exec.customer_growth', round(customersTrend(p) / customersTrend(p - ONE_YEAR) - 1 + 0.01 * rng.normal(), 4), {});
  emit('exec.operational_efficiency', round(at(LEVELS.efficiencyGain, p) + 0.01 * rng.normal(), 4), {});
  emit('exec.cost_reduction', round(at(LEVELS.costReduction, p) + 0.01 * rng.normal(), 4), {});
  emit('exec.team_productivity', round(at(LEVELS.productivityGain, p) + 0.01 * rng.normal(), 4), {});
  emit('sales.pipeline_velocity', round(at(LEVELS.velocity, p) + 0.03 * rng.normal(), 3), {});
  writeOperatingCosts(p, emit);
}

const OPTIMISABLE_COST = COST_CATEGORY_SEEDS.reduce((sum, category) => sum + category.baseline - category.optimised, 0);

/**
 * Each category's annual run rate moves from its pre-plan level toward its optimised one by the same share, chosen so
 * the total is the pre-plan $3M less the cost reduction the executive dashboard shows (its trend, without its noise).
 */
export function operatingCosts(p: number): Array<{ metricKey: string; value: number }> {
  const share = (at(LEVELS.costReduction, p) * PRE_PLAN_OPERATING_COST) / OPTIMISABLE_COST;
  return COST_CATEGORY_SEEDS.map((category) => ({ metricKey: category.metricKey, value: money(category.baseline - (category.baseline - category.optimised) * share) }));
}

function writeOperatingCosts(p: number, emit: Emit): void {
  for (const { metricKey, value } of operatingCosts(p)) emit(metricKey, value, {});
}

/** Days over which an initiative spends its investment, and over which its saving ramps up to its full rate. */
const INITIATIVE_SPEND_DAYS = 90;
const INITIATIVE_RAMP_DAYS = 60;

/** What a seeded initiative spends and saves on its `day` (0 = its start): evenly over its first 90 days, a saving ramping up over 60. */
function initiativeDay(seed: (typeof INITIATIVE_SEEDS)[number], day: number): { spend: number; saving: number } {
  let spend = 0;
  if (day < INITIATIVE_SPEND_DAYS) {
    // Whole cents a day, the last day taking the rest, so the spend adds up to the cent.
    const planned = seed.plannedInvestment * seed.demo.spent;
    const daily = money(planned / INITIATIVE_SPEND_DAYS);
    spend = day === INITIATIVE_SPEND_DAYS - 1 ? money(planned - daily * (INITIATIVE_SPEND_DAYS - 1)) : daily;
  }
  const ramp = Math.min(1, (day + 1) / INITIATIVE_RAMP_DAYS);
  return { spend, saving: money(((seed.expectedAnnualSaving * seed.demo.realised) / 365) * ramp) };
}

/**
 * The seeded initiatives' books on a day. On the history's first day an initiative that started before it books
 * everything it spent and saved up to then, so a short history (60 days) still shows every initiative's spend to
 * date within the visible window — never an actual investment of $0 beside a saving.
 */
function writeInitiativeBooks(when: Date, planStart: Date, emitFlow: Emit, firstDay: boolean): void {
  for (const seed of INITIATIVE_SEEDS) {
    const day = Math.floor((when.getTime() - (planStart.getTime() - seed.startsDaysBeforePlan * DAY_MS)) / DAY_MS);
    if (day < 0) continue;
    const dims = { initiative: seed.key };
    let { spend, saving } = initiativeDay(seed, day);
    for (let earlier = 0; firstDay && earlier < day; earlier++) {
      const books = initiativeDay(seed, earlier);
      spend += books.spend;
      saving += books.saving;
    }
    emitFlow('finance.initiative_spend', money(spend), dims);
    emitFlow('finance.initiative_saving', money(saving), dims);
  }
}

function activityScore(rng: Random, p: number, region: Region): number {
  return round(clamp(at(LEVELS.activity, p) + REGION_ACTIVITY[region] + 0.35 * rng.normal(), 0, 10), 1);
}

/** The latest 12:00Z at or before `now`: history never lies in the future. */
export function lastNoon(now: Date): number {
  const noon = Math.floor(now.getTime() / DAY_MS) * DAY_MS + NOON_MS;
  return noon <= now.getTime() ? noon : noon - DAY_MS;
}

const BASE_METRIC_KEYS = new Set(METRIC_SEEDS.filter((m) => !m.formula).map((m) => m.key));

function collector(points: DemoPoint[], when: Date): Emit {
  return (metricKey, value, dimensions) => {
    // Guards the generator against drifting from the catalog.
    if (!BASE_METRIC_KEYS.has(metricKey)) throw new Error(`Demo data for unknown base metric ${metricKey}`);
    points.push({ metricKey, at: when, value, dimensions });
  };
}

/**
 * Two years (or `days`) of daily history up to `now` for every BASE metric of METRIC_SEEDS; the initiatives' books
 * count from `planStart` (the seeded plan's, default the UTC quarter of `now`).
 */
export function generateDemoHistory(options: { now: Date; days: number; seed?: number; planStart?: Date }): DemoPoint[] {
  const planStart = options.planStart ?? startOf(options.now, 'QUARTER', 'UTC');
  const rng = new Random(options.seed ?? DEFAULT_SEED);
  const history = new HistorySimulator(rng);
  const end = lastNoon(options.now);
  const points: DemoPoint[] = [];
  for (let age = options.days - 1; age >= 0; age--) {
    const when = new Date(end - age * DAY_MS);
    const emit = collector(points, when);
    const emitFlow: Emit = (key, value, dims) => {
      if (value > 0) emit(key, value, dims);
    };
    const weekday = when.getUTCDay();
    history.write(1 - age / TREND_SPAN_DAYS, weekday === 0 || weekday === 6, emit, emitFlow);
    writeInitiativeBooks(when, planStart, emitFlow, age === options.days - 1);
  }
  return points;
}

const pickRegionSegment = (rng: Random, p: number) => {
  const mix = segmentMix(p);
  return { region: rng.pick(REGION_SHARE), segment: rng.pick(mix) };
};

/** One event group per tick: stocks re-read, spend, monitoring samples, an invoice, gauges, ops, surveys, CS, product (leads come from the live lead flow). */
const LIVE_GROUPS: ReadonlyArray<(rng: Random, p: number, emit: Emit) => void> = [
  // Stocks re-read at `now`: small moves around the trend.
  (rng, p, emit) => {
    for (const region of REGIONS) {
      for (const segment of SEGMENTS) {
        const dims = { region, segment };
        const stocks = seriesStocks(p, region, segment);
        const active = Math.max(1, Math.round(stocks.customers * rng.noise(0.003)));
        emit('finance.customers', active, dims);
        emit('finance.arr', money(active * stocks.contract * rng.noise(0.003)), dims);
        emit('cs.adopted_customers', Math.min(active, Math.round(active * stocks.adoption)), dims);
        emit('cs.healthy_customers', Math.min(active, Math.round(active * stocks.health)), dims);
        emit('sales.pipeline_value', money(stocks.pipeline * rng.noise(0.01)), dims);
      }
    }
  },
  // The spend behind the leads the live lead flow brings in over one cycle of ticks, on one campaign.
  (rng, p, emit) => {
    const channel = rng.pick(LEAD_MIX);
    const campaigns = DEMO_CAMPAIGNS[channel];
    const dims = { channel, campaign: campaigns[Math.floor(rng.uniform() * campaigns.length)], region: rng.pick(REGION_SHARE) };
    const leads = LIVE_LEADS_PER_TICK * LIVE_TICK_CYCLE;
    emit('marketing.spend', money((leads * at(LEVELS.cac, p) * expectedWinsPerDay(p) * rng.noise(0.2)) / funnelRates(p).leadsPerDay), dims);
  },
  // One-minute monitoring samples and the requests served meanwhile.
  (rng, p, emit) => {
    const uptime = at(LEVELS.uptime, p);
    for (const service of SERVICES) {
      const dims = { service };
      emit('product.total_minutes', 1, dims);
      emit('product.up_minutes', rng.uniform() < uptime ? 1 : 0, dims);
      const requests = Math.round((customersTrend(p) * REQUESTS_PER_CUSTOMER_DAY * SERVICE_TRAFFIC[service] * rng.noise(0.1)) / MINUTES_PER_DAY);
      emit('product.requests', requests, dims);
      emit('product.request_seconds_total', Math.round(requests * at(LEVELS.performance, p) * SERVICE_LATENCY[service] * rng.noise(0.05)), dims);
    }
  },
  // A monthly invoice recognised.
  (rng, p, emit) => {
    const { region, segment } = pickRegionSegment(rng, p);
    const dims = { region, segment };
    const revenue = ((ANNUAL_CONTRACT[segment] * at(LEVELS.contractUplift, p)) / 12) * rng.noise(0.1);
    const grossProfit = revenue * (at(LEVELS.grossMargin, p) + SEGMENT_GROSS_MARGIN[segment]);
    emit('finance.revenue', money(revenue), dims);
    emit('finance.gross_profit', money(grossProfit), dims);
    emit('finance.operating_income', money(Math.min(grossProfit, revenue * (at(LEVELS.operatingMargin, p) + SEGMENT_OPERATING_MARGIN[segment]))), dims);
  },
  // Company gauges and sales activity re-read.
  (rng, p, emit) => {
    writeCompanyGauges(rng, p, emit);
    for (const region of REGIONS) {
      emit('sales.activity_score', activityScore(rng, p, region), { region });
    }
  },
  // Workflow runs and operational tasks finishing.
  (rng, p, emit) => {
    const workflow = WORKFLOWS[Math.floor(rng.uniform() * WORKFLOWS.length)];
    const runs = 1 + rng.binomial(2, 0.5);
    const onSla = rng.binomial(runs, Math.min(0.99, at(LEVELS.processEfficiency, p) * WORKFLOW_SLA[workflow]));
    emit('ops.process_runs', runs, { workflow });
    if (onSla > 0) emit('ops.process_runs_on_sla', onSla, { workflow });
    const team = rng.pick(TEAM_SHARE);
    const tasks = 2 + rng.binomial(4, 0.5);
    const automated = rng.binomial(tasks, Math.min(0.98, at(LEVELS.automation, p) * TEAM_AUTOMATION[team]));
    emit('ops.tasks', tasks, { team });
    if (automated > 0) emit('ops.automated_tasks', automated, { team });
  },
  // Survey answers arriving.
  (rng, p, emit) => {
    const region = rng.pick(REGION_SHARE);
    const csat = 1 + rng.binomial(1, 0.5);
    const satisfied = rng.binomial(csat, at(LEVELS.csat, p) + REGION_CSAT[region]);
    emit('ops.csat_responses', csat, { region });
    if (satisfied > 0) emit('ops.csat_satisfied', satisfied, { region });
    const team = rng.pick(TEAM_SHARE);
    emit('ops.employee_survey_responses', 1, { team });
    if (rng.uniform() < at(LEVELS.employeeSatisfaction, p) + TEAM_MOOD[team]) emit('ops.employee_survey_satisfied', 1, { team });
    const internal = rng.pick(TEAM_SHARE);
    emit('ops.service_survey_responses', 1, { team: internal });
    if (rng.uniform() < at(LEVELS.opsSatisfaction, p)) emit('ops.service_survey_satisfied', 1, { team: internal });
  },
  // Customer-success events: an NPS answer, an onboarding milestone, sometimes an expansion or a churn.
  (rng, p, emit) => {
    const { region, segment } = pickRegionSegment(rng, p);
    const shares = npsShares(p, segment);
    const u = rng.uniform();
    emit('cs.nps_responses', 1, { segment });
    if (u < shares.promoters) emit('cs.nps_promoters', 1, { segment });
    else if (u < shares.promoters + (1 - shares.promoters) * shares.detractorsOfRest) emit('cs.nps_detractors', 1, { segment });
    if (rng.uniform() < 0.5) {
      emit('cs.onboarded_customers', 1, { segment });
      emit('cs.ttv_days_total', Math.round(at(LEVELS.timeToValue, p) * SEGMENT_TTV[segment] * rng.noise(0.3)), { segment });
    }
    if (rng.uniform() < 0.3) emit('cs.expansions', 1, { region, segment });
    if (rng.uniform() < 0.1) emit('cs.churned_customers', 1, { region, segment });
  },
  // Engineering: a bug fixed, sometimes a feature shipped, controls re-checked, and a cost-to-serve entry.
  (rng, p, emit) => {
    const service = SERVICES[Math.floor(rng.uniform() * SERVICES.length)];
    emit('product.bugs_resolved', 1, { service });
    emit('product.bug_resolution_hours_total', round(at(LEVELS.bugHours, p) * rng.noise(0.5), 1), { service });
    if (rng.uniform() < 0.2) {
      emit('product.features_delivered', 1, { service });
      emit('product.feature_lead_days_total', Math.round(at(LEVELS.featureDays, p) * SERVICE_FEATURES[service] * rng.noise(0.3)), { service });
    }
    for (const checked of SERVICES) {
      emit('product.security_controls', SERVICE_CONTROLS[checked], { service: checked });
      emit('product.security_controls_passing', SERVICE_CONTROLS[checked] - failingControls(checked, p, 0.5 * rng.normal()), { service: checked });
    }
    const { region, segment } = pickRegionSegment(rng, p);
    emit('ops.cost_to_serve', money((at(LEVELS.costPerCustomer, p) * SEGMENT_COST[segment] * rng.noise(0.3)) / 365), { region, segment });
  },
];

/** How many live ticks it takes to cover every group (and so every observation-sourced executive-dashboard input). */
export const LIVE_TICK_CYCLE = LIVE_GROUPS.length;

/** A few fresh points at `now` that a live simulator writes every couple of seconds so the KPIs move. */
export function generateLiveTick(options: { now: Date; tick: number; seed?: number }): DemoPoint[] {
  const rng = new Random((options.seed ?? DEFAULT_SEED) ^ Math.imul(options.tick + 1, 0x9e3779b1));
  const p = 1 + (options.now.getTime() - lastNoon(options.now)) / (TREND_SPAN_DAYS * DAY_MS);
  const points: DemoPoint[] = [];
  const emit = collector(points, options.now);
  const group = ((options.tick % LIVE_TICK_CYCLE) + LIVE_TICK_CYCLE) % LIVE_TICK_CYCLE;
  LIVE_GROUPS[group](rng, p, emit);
  return points;
}
