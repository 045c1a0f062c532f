import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { runSql } from '../../database/sql';
import { COMPANY_DASHBOARD, FormulaError, formulaInputs, parseFormula, type Department } from '@opshub/metrics';
import { badUserInput, notFound } from '../../common/errors';
import { withoutTranslations } from '../../common/localized';
import { TargetEntity } from './target.entity';
import { Catalog } from './catalog';
import { MetricEntity } from './metric.entity';
import type { MetricInput, MetricUpdateInput } from './metric.input';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';

const METRIC_KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;

export class MetricService {
  constructor(private readonly db: DataSource, private readonly audit: AuditService) {}

  async loadCatalog(): Promise<Catalog> {
    const [metrics, targets, companyLevel] = await Promise.all([
      this.db.getRepository(MetricEntity).find({ order: { key: 'ASC' } }),
      this.db.getRepository(TargetEntity).find({ order: { effectiveFrom: 'ASC' } }),
      runSql(this.db, sql<{ key: string }>`SELECT DISTINCT unnest(metric_keys) AS key FROM dashboard_section WHERE dashboard_slug = ${COMPANY_DASHBOARD}`),
    ]);
    return new Catalog(metrics, targets, companyLevel.map((row) => row.key));
  }

  findMetric(key: string): Promise<MetricEntity | null> {
    return this.db.getRepository(MetricEntity).findOneBy({ key });
  }

  async getMetric(key: string): Promise<MetricEntity> {
    const metric = await this.findMetric(key);
    if (!metric) throw notFound('Metric', key);
    return metric;
  }

  listMetrics(department?: Department | null): Promise<MetricEntity[]> {
    return this.db.getRepository(MetricEntity).find({ where: department ? { department } : {}, order: { key: 'ASC' } });
  }

  async createMetric(input: MetricInput, actor: AuditActor): Promise<MetricEntity> {
    if (!METRIC_KEY.test(input.key)) {
      throw badUserInput('Metric key must be dotted lower-case words such as "sales.win_rate"', { field: 'key' });
    }
    if (!input.name.trim()) throw badUserInput('Metric name must not be empty', { field: 'name' });
    if (input.unit.kind === 'CURRENCY' && !CURRENCY_CODE.test(input.unit.currency ?? '')) {
      throw badUserInput('A CURRENCY unit needs an ISO 4217 code such as "USD"', { field: 'unit.currency' });
    }
    for (const [field, value] of [['unit.scaleMin', input.unit.scaleMin], ['unit.scaleMax', input.unit.scaleMax]] as const) {
      if (value != null && !Number.isFinite(value)) throw badUserInput(`${field} must be a finite number`, { field });
    }
    if (await this.findMetric(input.key)) throw badUserInput(`Metric "${input.key}" already exists`, { field: 'key' });
    if (input.formula) await this.checkFormula(input.key, input.formula);
    const entity = this.db.getRepository(MetricEntity).create({
      key: input.key,
      name: input.name.trim(),
      description: input.description ?? '',
      department: input.department,
      unitKind: input.unit.kind,
      unitCurrency: input.unit.kind === 'CURRENCY' ? input.unit.currency! : null,
      unitScaleMin: input.unit.scaleMin ?? null,
      unitScaleMax: input.unit.scaleMax ?? null,
      direction: input.direction,
      aggregation: input.aggregation,
      formula: input.formula || null,
      owner: input.owner ?? null,
      reviewCadence: input.reviewCadence ?? null,
      i18n: {},
    });
    return this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(MetricEntity).save(entity);
      await this.recordChange(tx, actor, null, saved);
      return saved;
    });
  }

  private recordChange(tx: EntityManager, actor: AuditActor, before: Record<string, unknown> | null, after: MetricEntity): Promise<void> {
    return this.audit.record(tx, {
      actor, action: before ? 'UPDATE' : 'CREATE', objectType: 'METRIC', objectId: after.key, objectLabel: after.name,
      department: after.department, metricKey: after.key, before, after: auditSnapshot(after),
    });
  }

  async updateMetric(key: string, input: MetricUpdateInput, actor: AuditActor): Promise<MetricEntity> {
    const metric = await this.getMetric(key);
    const before = auditSnapshot(metric);
    if (input.name != null) {
      if (!input.name.trim()) throw badUserInput('Metric name must not be empty', { field: 'name' });
      metric.name = input.name.trim();
      metric.i18n = withoutTranslations(metric.i18n, 'name');
    }
    if (input.description != null) {
      metric.description = input.description;
      metric.i18n = withoutTranslations(metric.i18n, 'description');
    }
    if (input.direction != null) metric.direction = input.direction;
    if (input.owner !== undefined) {
      metric.owner = input.owner;
      metric.i18n = withoutTranslations(metric.i18n, 'owner');
    }
    if (input.reviewCadence !== undefined) metric.reviewCadence = input.reviewCadence;
    return this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(MetricEntity).save(metric);
      await this.recordChange(tx, actor, before, saved);
      return saved;
    });
  }

  /** Dimension names a breakdown can use, for many metrics in one query: for a derived metric, only those all its inputs carry. */
  async dimensionNames(catalog: Catalog, keys: readonly string[]): Promise<string[][]> {
    const leavesOf = keys.map((key) => catalog.leaves(key));
    const rows = await runSql(this.db, sql<{ metric_key: string; name: string }>`
      SELECT DISTINCT metric_key, jsonb_object_keys(dimensions) AS name FROM series WHERE metric_key = ANY(${[...new Set(leavesOf.flat())]})`);
    const byMetric = new Map<string, Set<string>>();
    for (const row of rows) {
      const names = byMetric.get(row.metric_key) ?? new Set<string>();
      names.add(row.name);
      byMetric.set(row.metric_key, names);
    }
    return leavesOf.map((leaves) => {
      const sets = leaves.map((leaf) => byMetric.get(leaf) ?? new Set<string>());
      return [...sets[0]].filter((name) => sets.every((set) => set.has(name))).sort();
    });
  }

  private async checkFormula(key: string, formula: string): Promise<void> {
    try {
      parseFormula(formula);
    } catch (error) {
      if (error instanceof FormulaError) throw badUserInput(`Formula is invalid: ${error.message}`, { field: 'formula' });
      throw error;
    }
    const catalog = await this.loadCatalog();
    const inputs = formulaInputs(formula);
    const unknown = inputs.filter((input) => input !== key && !catalog.find(input));
    if (unknown.length > 0) throw badUserInput(`Formula reads unknown metrics: ${unknown.join(', ')}`, { field: 'formula' });
    const cycle = inputs.includes(key) ? [key, key] : catalog.cycleThrough(key, inputs);
    if (cycle) throw badUserInput(`Formula would create a cycle: ${cycle.join(' → ')}`, { field: 'formula' });
  }
}
