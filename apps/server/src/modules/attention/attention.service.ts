import {
  attentionReasons, compareAttention, evaluateStatus, flaggedSince, startOf, targetInForce,
  type AttentionReason, type Comparison, type Grant, type KpiStatus, type RangeSpec,
} from '@opshub/metrics';
import type { GoalEntity } from '../goal/goal.entity';
import type { GoalService } from '../goal/goal.service';
import { Kpi } from '../kpi/kpi.type';
import type { KpiService, PastWindow } from '../kpi/kpi.service';
import type { Catalog } from '../metric/catalog';
import { AttentionItem } from './attention.type';

/** How many days back "since" looks; a run reaching past them is reported as beyond. */
export const HISTORY_DAYS = 90;

/**
 * Every KPI a grant may see that is off or at risk of missing its target, or behind its goal's pace, across all
 * dashboards, worst first, with the day it began to need attention: the KPI judged on each past day over a window
 * as long as the period, with the target and goal in force that day, as its card would have shown it then.
 */
export class AttentionService {
  constructor(private readonly kpis: KpiService, private readonly goals: GoalService, private readonly timeZone: () => string) {}

  async list(catalog: Catalog, grant: Grant, range: RangeSpec | null | undefined, compare: Comparison, now: Date = new Date()): Promise<AttentionItem[]> {
    const keys = catalog.all().map((metric) => metric.key).filter((key) => catalog.access(grant, key) !== 'NONE');
    const [kpis, goals] = await Promise.all([this.kpis.computeKpis(catalog, keys, range, compare, now), this.goals.goalsOfMetrics(keys)]);
    const flagged = kpis.flatMap((kpi, i) => {
      const reasons = attentionReasons(kpi.status, this.goals.pacing(kpi, goals[i], now)?.status ?? null);
      return reasons.length > 0 ? [{ kpi, goals: goals[i], reasons }] : [];
    });
    const history = await this.kpis.pastWindows(catalog, flagged.map(({ kpi }) => kpi.metric.key), range, HISTORY_DAYS, now);
    const period = this.kpis.resolve(range, now);
    const today = startOf(new Date(Math.min(now.getTime(), period.to.getTime() - 1)), 'DAY', this.timeZone());
    const items = flagged.map(({ kpi, goals: metricGoals, reasons }) => {
      const windows = history.get(kpi.metric.key)!.map((window) => ({ end: window.day, flagged: this.pastReasons(catalog, kpi, metricGoals, window).length > 0 }));
      const { since, beyondHistory } = flaggedSince([...windows, { end: today, flagged: true }])!;
      return Object.assign(new AttentionItem(), { kpi, reasons, since, sinceBeyondHistory: beyondHistory });
    });
    const rank = (item: AttentionItem) => ({ key: item.kpi.metric.key, reasons: item.reasons, attainment: item.kpi.attainment, since: item.since });
    return items.sort((a, b) => compareAttention(rank(a), rank(b)));
  }

  /** Why the KPI needed attention over a past window: its status against the target then, and its goal's pace then. */
  private pastReasons(catalog: Catalog, kpi: Kpi, goals: readonly GoalEntity[], window: PastWindow): AttentionReason[] {
    const target = targetInForce(catalog.targets(kpi.metric.key), new Date(window.end.getTime() - 1));
    const status: KpiStatus | null =
      window.value === null ? 'NO_DATA' : target ? evaluateStatus(window.value, target.value, kpi.metric.direction, target.tolerance) : null;
    const then = Object.assign(new Kpi(), kpi, { value: window.value, period: { from: kpi.period.from, to: window.end } });
    return attentionReasons(status, this.goals.pacing(then, goals, window.end)?.status ?? null);
  }
}
