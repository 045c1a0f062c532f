import { createHash } from 'node:crypto';
import {
  formulaInputs, freshnessOf, metricAccess, type Freshness, UNBOUNDED, valueDomain, type DomainDefinition, type Grant, type MetricAccess, type MetricSource, type ValueDomain,
} from '@opshub/metrics';
import type { MetricEntity } from './metric.entity';
import type { TargetEntity } from './target.entity';

/**
 * The metric catalog and its targets as one consistent read: a few hundred rows at most, loaded once
 * per request (or per live tick) instead of one query per metric.
 */
export class Catalog {
  private readonly metrics: Map<string, MetricEntity>;
  private readonly targetsByMetric = new Map<string, TargetEntity[]>();
  private readonly inputsCache = new Map<string, string[]>();
  private readonly definitions = new Map<string, DomainDefinition>();
  private readonly companyLevel: ReadonlySet<string>;
  private digest: string | null = null;

  /**
   * `companyLevel`: the keys on the executive dashboard, the KPIs every department head may follow.
   * `sourceIntervals`: per metric fed by a SQL source, the minutes its schedule lets pass between syncs.
   */
  constructor(
    metrics: readonly MetricEntity[],
    targets: readonly TargetEntity[],
    companyLevel: readonly string[] = [],
    private readonly sourceIntervals: ReadonlyMap<string, number> = new Map(),
  ) {
    this.metrics = new Map(metrics.map((m) => [m.key, m]));
    this.companyLevel = new Set(companyLevel);
    for (const target of targets) {
      const list = this.targetsByMetric.get(target.metricKey) ?? [];
      list.push(target);
      this.targetsByMetric.set(target.metricKey, list);
    }
  }

  /**
   * A digest of every metric definition and target in it, computed once: two catalogs with the same one give each
   * KPI the same metric, formula and target, whichever instance loaded them (what a cached KPI is keyed by).
   */
  fingerprint(): string {
    this.digest ??= createHash('sha1').update(JSON.stringify([[...this.metrics.values()], [...this.targetsByMetric.values()]])).digest('base64url');
    return this.digest;
  }

  /** This catalog with one more metric (a formula being previewed before it is saved). */
  with(metric: MetricEntity): Catalog {
    return new Catalog([...this.metrics.values(), metric], [...this.targetsByMetric.values()].flat(), [...this.companyLevel], this.sourceIntervals);
  }

  /** How often the metric should receive data: as set in the catalog, else from its SQL source's schedule; null: no expectation. */
  expectedIntervalMinutes(key: string): number | null {
    return this.metrics.get(key)?.expectedIntervalMinutes ?? this.sourceIntervals.get(key) ?? null;
  }

  freshness(key: string, lastDataAt: Date | null, now: Date): Freshness {
    return freshnessOf(lastDataAt, this.expectedIntervalMinutes(key), now);
  }

  find(key: string): MetricEntity | null {
    return this.metrics.get(key) ?? null;
  }

  isCompanyLevel(key: string): boolean {
    return this.companyLevel.has(key) || this.metrics.get(key)?.department === 'EXECUTIVE';
  }

  /**
   * How much of a metric the grant sees (its own department's or one it is shared with: DETAIL): a derived metric's details (breakdowns, records, alerts) need every
   * metric it is computed from in full.
   */
  access(grant: Grant, key: string): MetricAccess {
    const metric = this.find(key);
    if (!metric) return 'NONE';
    const own = metricAccess(grant, { department: metric.department, sharedWith: metric.sharedWith, companyLevel: this.isCompanyLevel(key) });
    if (own !== 'DETAIL') return own;
    const leaves = this.leaves(key).filter((leaf) => leaf !== key);
    return leaves.every((leaf) => this.access(grant, leaf) === 'DETAIL') ? 'DETAIL' : 'KPI';
  }

  all(): MetricEntity[] {
    return [...this.metrics.values()];
  }

  targets(key: string): TargetEntity[] {
    return this.targetsByMetric.get(key) ?? [];
  }

  /** Direct formula inputs of a derived metric; [] for a base metric. */
  inputs(key: string): string[] {
    let cached = this.inputsCache.get(key);
    if (!cached) {
      const formula = this.metrics.get(key)?.formula;
      cached = formula ? formulaInputs(formula) : [];
      this.inputsCache.set(key, cached);
    }
    return cached;
  }

  /** The base metrics whose observations a metric is computed from (itself when it is a base metric). */
  leaves(key: string, seen: Set<string> = new Set()): string[] {
    if (seen.has(key)) return [];
    seen.add(key);
    const inputs = this.inputs(key);
    if (inputs.length === 0) return [key];
    return [...new Set(inputs.flatMap((input) => this.leaves(input, seen)))];
  }

  // One object per key, so valueDomain's guard against formula cycles recognises a metric it has seen.
  private definition(key: string): DomainDefinition | null {
    const metric = this.metrics.get(key);
    if (!metric) return null;
    let definition = this.definitions.get(key);
    if (!definition) {
      definition = {
        unit: { kind: metric.unitKind, scaleMin: metric.unitScaleMin ?? undefined, scaleMax: metric.unitScaleMax ?? undefined },
        aggregation: metric.aggregation,
        direction: metric.direction,
        formula: metric.formula,
      };
      this.definitions.set(key, definition);
    }
    return definition;
  }

  /** What values the metric can take (valueDomain over its inputs), for forecasts, projections and chart axes. */
  domain(key: string): ValueDomain {
    const definition = this.definition(key);
    return definition ? valueDomain(definition, (input) => this.definition(input)) : UNBOUNDED;
  }

  /** RECORDS when every base metric the metric reads is computed from records. */
  source(key: string): MetricSource {
    return this.leaves(key).every((leaf) => this.metrics.get(leaf)?.source === 'RECORDS') ? 'RECORDS' : 'OBSERVATIONS';
  }

  /** Every metric whose value changes when the given base metrics receive data: themselves and their derived dependents. */
  affectedBy(changed: Iterable<string>): Set<string> {
    const affected = new Set<string>();
    const queue = [...changed];
    while (queue.length > 0) {
      const key = queue.pop()!;
      if (affected.has(key)) continue;
      affected.add(key);
      for (const metric of this.metrics.values()) {
        if (!affected.has(metric.key) && this.inputs(metric.key).includes(key)) queue.push(metric.key);
      }
    }
    return affected;
  }

  /** The cycle a formula would close, as a path of keys, or null. */
  cycleThrough(key: string, inputs: readonly string[]): string[] | null {
    const visit = (current: string, path: string[]): string[] | null => {
      if (current === key) return [...path, current];
      if (path.includes(current)) return null;
      for (const next of this.inputs(current)) {
        const found = visit(next, [...path, current]);
        if (found) return found;
      }
      return null;
    };
    for (const input of inputs) {
      const found = visit(input, [key]);
      if (found) return found;
    }
    return null;
  }
}
