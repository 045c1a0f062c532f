import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { runSql } from '../../database/sql';
import { aggregationProblem, checkExpectedInterval, COMPANY_DASHBOARD, FormulaError, formulaInputs, parseFormula, sharingProblems, type Department } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { withoutTranslations, type LocalizedText } from '../../common/localized';
import { UserEntity } from '../auth/auth.entity';
import { TargetEntity } from './target.entity';
import { Catalog } from './catalog';
import { MetricEntity } from './metric.entity';
import { MetricOwner } from './metric.type';
import type { MetricInput, MetricTranslationInput, MetricUpdateInput, UnitInput } from './metric.input';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import { foldChangesOf } from '../rollup/rollup.fold';

const METRIC_KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/** The departments a metric is shared with, or BAD_USER_INPUT naming the first bad one (`input.sharedWith[1]`). */
function checkedSharing(department: Department, sharedWith: Department[]): Department[] {
  const [problem] = sharingProblems(department, sharedWith);
  if (problem) throw badUserInput(`input.${problem.field} ${problem.reason}`, { field: `input.${problem.field}` });
  return sharedWith;
}
const CURRENCY_CODE = /^[A-Z]{3}$/;

export class MetricService {
  constructor(private readonly db: DataSource, private readonly audit: AuditService) {}

  /** The catalog last read, with the catalog_version it was read at or after. */
  private kept: { version: string; catalog: Promise<Catalog> } | null = null;

  /**
   * The catalog as committed: kept in memory while catalog_version has not moved (one indexed read per call instead
   * of four queries and their entities). The version is read before the data, so what is kept is at least that new.
   */
  async loadCatalog(): Promise<Catalog> {
    const [{ version }] = await runSql(this.db, sql<{ version: string }>`SELECT version::text AS version FROM catalog_version`);
    let kept = this.kept;
    // A caller that read an older version than the one kept uses the newer catalog rather than replacing it.
    if (!kept || BigInt(kept.version) < BigInt(version)) {
      kept = { version, catalog: this.readCatalog() };
      this.kept = kept;
      const loading = kept;
      kept.catalog.catch(() => {
        if (this.kept === loading) this.kept = null;
      });
    }
    return kept.catalog;
  }

  private async readCatalog(): Promise<Catalog> {
    const [metrics, targets, companyLevel, sourceIntervals] = await Promise.all([
      this.db.getRepository(MetricEntity).find({ order: { key: 'ASC' } }),
      this.db.getRepository(TargetEntity).find({ order: { effectiveFrom: 'ASC' } }),
      runSql(this.db, sql<{ key: string }>`SELECT DISTINCT jsonb_array_elements_text(w.value->'metricKeys') AS key FROM dashboard, jsonb_array_elements(widgets) w WHERE slug = ${COMPANY_DASHBOARD}`),
      // What freshness expects of a metric fed by a SQL source when the catalog sets no interval: its schedule's.
      runSql(this.db, sql<{ metric_key: string; interval_minutes: number }>`SELECT metric_key, interval_minutes FROM sql_source WHERE active`),
    ]);
    return new Catalog(metrics, targets, companyLevel.map((row) => row.key), new Map(sourceIntervals.map((row) => [row.metric_key, row.interval_minutes])));
  }

  findMetric(key: string): Promise<MetricEntity | null> {
    return this.db.getRepository(MetricEntity).findOneBy({ key });
  }

  async getMetric(key: string): Promise<MetricEntity> {
    const metric = await this.findMetric(key);
    if (!metric) throw notFound('Metric', key);
    return metric;
  }

  async findOwner(userId: string): Promise<MetricOwner | null> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: userId });
    return user && Object.assign(new MetricOwner(), { id: user.id, name: user.name });
  }

  /** Every metric, or those of one department: its own and those shared with it. */
  listMetrics(department?: Department | null): Promise<MetricEntity[]> {
    const query = this.db.getRepository(MetricEntity).createQueryBuilder('m').orderBy('m.key', 'ASC');
    return (department ? query.where('m.department = :department OR :department = ANY(m.shared_with)', { department }) : query).getMany();
  }

  async createMetric(input: MetricInput, actor: AuditActor): Promise<MetricEntity> {
    if (!METRIC_KEY.test(input.key)) {
      throw badUserInput('Metric key must be dotted lower-case words such as "sales.win_rate"', { field: 'input.key' });
    }
    if (!input.name.trim()) throw badUserInput('Metric name must not be empty', { field: 'input.name' });
    checkUnit(input.unit);
    checkAggregation(input.aggregation, input.formula);
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(MetricEntity);
      if (await repo.findOneBy({ key: input.key })) throw badUserInput(`Metric "${input.key}" already exists`, { field: 'input.key' });
      if (input.formula) await checkFormula(manager, input.key, input.formula);
      if (input.ownerUserId) await checkOwner(manager, input.ownerUserId);
      const entity = repo.create({
        key: input.key,
        name: input.name.trim(),
        description: input.description ?? '',
        department: input.department,
        sharedWith: checkedSharing(input.department, input.sharedWith ?? []),
        ...unitColumns(input.unit),
        direction: input.direction,
        aggregation: input.aggregation,
        formula: input.formula || null,
        owner: input.owner ?? null,
        ownerUserId: input.ownerUserId ?? null,
        reviewCadence: input.reviewCadence ?? null,
        expectedIntervalMinutes: checkedInterval(input.expectedIntervalMinutes),
        i18n: withTranslations({}, input.translations),
      });
      const saved = await repo.save(entity);
      await this.recordChange(manager, actor, null, saved);
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
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(MetricEntity);
      const metric = await repo.findOneBy({ key });
      if (!metric) throw notFound('Metric', key);
      const before = auditSnapshot(metric);
      if (input.name != null) {
        if (!input.name.trim()) throw badUserInput('Metric name must not be empty', { field: 'input.name' });
        if (input.name.trim() !== metric.name) metric.i18n = withoutTranslations(metric.i18n, 'name');
        metric.name = input.name.trim();
      }
      if (input.description != null) {
        if (input.description !== metric.description) metric.i18n = withoutTranslations(metric.i18n, 'description');
        metric.description = input.description;
      }
      if (input.department != null) metric.department = input.department;
      // Checked against the department it ends with, so moving a metric to a department it was shared with is refused.
      if (input.department != null || input.sharedWith != null) metric.sharedWith = checkedSharing(metric.department, input.sharedWith ?? metric.sharedWith);
      if (input.unit != null) {
        checkUnit(input.unit);
        Object.assign(metric, unitColumns(input.unit));
      }
      if (input.direction != null) metric.direction = input.direction;
      if (input.aggregation != null) metric.aggregation = input.aggregation;
      if (input.formula != null && input.formula !== metric.formula) {
        if (!metric.formula) throw badUserInput('A base metric cannot be given a formula; create a derived metric instead', { field: 'input.formula' });
        await checkFormula(manager, key, input.formula);
        metric.formula = input.formula;
      }
      if (input.aggregation != null) checkAggregation(metric.aggregation, metric.formula);
      if (input.owner !== undefined && input.owner !== metric.owner) {
        metric.owner = input.owner;
        metric.i18n = withoutTranslations(metric.i18n, 'owner');
      }
      if (input.ownerUserId !== undefined) {
        if (input.ownerUserId) await checkOwner(manager, input.ownerUserId);
        metric.ownerUserId = input.ownerUserId;
      }
      if (input.reviewCadence !== undefined) metric.reviewCadence = input.reviewCadence;
      if (input.expectedIntervalMinutes !== undefined) metric.expectedIntervalMinutes = checkedInterval(input.expectedIntervalMinutes);
      metric.i18n = withTranslations(metric.i18n, input.translations);
      const saved = await repo.save(metric);
      await this.recordChange(manager, actor, before, saved);
      return saved;
    });
  }

  /** When each metric last received data (for a derived metric, any metric it reads), for many metrics in one query. */
  async lastDataAt(catalog: Catalog, keys: readonly string[]): Promise<(Date | null)[]> {
    const leavesOf = keys.map((key) => catalog.leaves(key));
    const leaves = [...new Set(leavesOf.flat())];
    await foldChangesOf(this.db, leaves);
    const rows = await runSql(this.db, sql<{ metric_key: string; at: Date }>`
      SELECT metric_key, max(updated_at) AS at FROM metric_daily WHERE metric_key = ANY(${leaves}) GROUP BY metric_key`);
    const latest = new Map(rows.map((row) => [row.metric_key, new Date(row.at).getTime()]));
    return leavesOf.map((leaves) => {
      const times = leaves.flatMap((leaf) => latest.get(leaf) ?? []);
      return times.length > 0 ? new Date(Math.max(...times)) : null;
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
}

async function checkFormula(manager: EntityManager, key: string, formula: string): Promise<void> {
  const inputs = parsedInputs(formula);
  // The metrics as this transaction sees them are all a formula's checks read.
  const catalog = new Catalog(await manager.getRepository(MetricEntity).find(), []);
  const unknown = inputs.filter((input) => input !== key && !catalog.find(input));
  if (unknown.length > 0) throw badUserInput(`Formula reads unknown metrics: ${unknown.join(', ')}`, { field: 'input.formula' });
  const cycle = inputs.includes(key) ? [key, key] : catalog.cycleThrough(key, inputs);
  if (cycle) throw badUserInput(`Formula would create a cycle: ${cycle.join(' → ')}`, { field: 'input.formula' });
}

/** The metrics a formula reads; a formula that does not parse is bad input naming the field. */
export function parsedInputs(formula: string, field = 'input.formula'): string[] {
  try {
    parseFormula(formula);
  } catch (error) {
    if (error instanceof FormulaError) throw badUserInput(`Formula is invalid: ${error.message}`, { field });
    throw error;
  }
  return formulaInputs(formula);
}

function checkedInterval(minutes: number | null | undefined): number | null {
  if (minutes == null) return null;
  const problem = checkExpectedInterval(minutes);
  if (problem) throw badUserInput(`expectedIntervalMinutes ${problem}`, { field: 'input.expectedIntervalMinutes' });
  return minutes;
}

/** A percentile on a derived metric is bad input naming the aggregation. */
function checkAggregation(aggregation: MetricEntity['aggregation'], formula: string | null | undefined): void {
  const problem = aggregationProblem(aggregation, formula);
  if (problem) throw badUserInput(problem, { field: 'input.aggregation' });
}

function checkUnit(unit: UnitInput): void {
  if (unit.kind === 'CURRENCY' && !CURRENCY_CODE.test(unit.currency ?? '')) {
    throw badUserInput('A CURRENCY unit needs an ISO 4217 code such as "USD"', { field: 'input.unit.currency' });
  }
  for (const [field, value] of [['input.unit.scaleMin', unit.scaleMin], ['input.unit.scaleMax', unit.scaleMax]] as const) {
    if (value != null && !Number.isFinite(value)) throw badUserInput(`${field.slice('input.'.length)} must be a finite number`, { field });
  }
}

function unitColumns(unit: UnitInput): Pick<MetricEntity, 'unitKind' | 'unitCurrency' | 'unitScaleMin' | 'unitScaleMax'> {
  return { unitKind: unit.kind, unitCurrency: unit.kind === 'CURRENCY' ? unit.currency! : null, unitScaleMin: unit.scaleMin ?? null, unitScaleMax: unit.scaleMax ?? null };
}

async function checkOwner(manager: EntityManager, userId: string): Promise<void> {
  const user = UUID_PATTERN.test(userId) ? await manager.getRepository(UserEntity).findOneBy({ id: userId }) : null;
  if (!user || user.disabledAt) throw badUserInput(`No active user "${userId}" to own the metric`, { field: 'input.ownerUserId' });
}

const LANGUAGE = /^[a-z]{2}$/;

/** Translations of name and description set from the input; an empty text removes the translation. */
function withTranslations(i18n: LocalizedText, translations: readonly MetricTranslationInput[] | null | undefined): LocalizedText {
  const next: LocalizedText = { ...i18n };
  for (const [index, { locale, name, description }] of (translations ?? []).entries()) {
    if (!LANGUAGE.test(locale) || locale === 'en') {
      throw badUserInput(`Translation locale must be a two-letter language code other than "en", not "${locale}"`, { field: `input.translations[${index}].locale` });
    }
    const texts = { ...next[locale] };
    for (const [field, text] of [['name', name], ['description', description]] as const) {
      if (text === undefined) continue;
      if (text?.trim()) texts[field] = text.trim();
      else delete texts[field];
    }
    next[locale] = texts;
  }
  return next;
}
