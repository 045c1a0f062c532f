import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import {
  dashboardProblems, normalizedWidget, parseDashboardDocument, summarizeDashboardChange, toDashboardDocument,
  type Comparison, type DashboardContent, type Department, type LayoutProblem, type RangeSpec, type WidgetChecks, type WidgetRange as StoredRange,
} from '@opshub/metrics';
import { badUserInput, notFound } from '../../common/errors';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import type { Catalog } from '../metric/catalog';
import type { KpiService } from '../kpi/kpi.service';
import type { DashboardCache } from './dashboard-cache';
import { DashboardEntity, DashboardVersionEntity, type StoredWidget } from './dashboard.entity';
import type { DashboardInput } from './dashboard.input';
import type { RangeInput } from '../../common/range.input';
import type { Kpi } from '../kpi/kpi.type';
import { Dashboard, DashboardSection, DashboardSummary, DashboardVersion, DashboardWidget, WidgetRange } from './dashboard.type';

/** Who owns a new dashboard: a department, or the signed-in user (personal). */
export type DashboardOwner = { department: Department; ownerUserId: null } | { department: null; ownerUserId: string };

/** Another save landed since the editor loaded the dashboard: nothing was written. */
export function conflict(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extensions, http: { status: 409 } } });
}

function rejected(problems: readonly LayoutProblem[], prefix: string): GraphQLError {
  const [first] = problems;
  return badUserInput(`${prefix}${first.field} ${first.reason}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, {
    field: `${prefix}${first.field}`,
    problems: problems.map((problem) => ({ field: `${prefix}${problem.field}`, reason: problem.reason })),
  });
}

/** A URL-safe slug from the title, with a random tail so two "Team" dashboards never collide. */
function newSlug(title: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `${base || 'dashboard'}-${randomBytes(3).toString('hex')}`;
}

/** A saved version has no sharing (it is not versioned: restoring a layout keeps whom the dashboard is shared with). */
function contentOf(entity: { title: string; description: string; widgets: StoredWidget[]; sharedWith?: Department[] }): DashboardContent {
  return { title: entity.title, description: entity.description, widgets: entity.widgets, sharedWith: entity.sharedWith };
}

/** A stored widget's own period as the KPI service reads it. */
export function rangeSpecOf(range: StoredRange): RangeSpec {
  return range.preset != null ? { preset: range.preset } : { from: new Date(range.from), to: new Date(range.to) };
}

/** An editor's period (or a stored one, when duplicating), stored as the document writes it: ISO instants. */
function storedRangeOf(range: RangeInput | StoredRange | null | undefined): StoredRange | null {
  if (!range) return null;
  if (range.preset) return { preset: range.preset };
  const iso = (at: Date | string | null | undefined) => (at instanceof Date ? (Number.isNaN(at.getTime()) ? '' : at.toISOString()) : at ?? '');
  return { from: iso(range.from), to: iso(range.to) };
}

type DashboardPeriod = DashboardWidget['period'];
const DEFAULT_PERIOD: DashboardPeriod = { range: null, compare: 'PREVIOUS_PERIOD' };

function hasOwnPeriod(widget: StoredWidget): boolean {
  return widget.range != null || widget.compare != null;
}

function periodOf(widget: StoredWidget, dashboard: DashboardPeriod): DashboardPeriod {
  return { range: widget.range ? rangeSpecOf(widget.range) : dashboard.range, compare: widget.compare ?? dashboard.compare };
}

type DashboardFilter = DashboardWidget['filter'];
const NO_FILTER: DashboardFilter = { filters: [], filtered: new Set() };

function toWidget(widget: StoredWidget, dashboardSlug: string, period = DEFAULT_PERIOD, ownKpis: Kpi[] | null = null, filter = NO_FILTER): DashboardWidget {
  const { i18n, title, range, ...rest } = normalizedStored(widget);
  return Object.assign(new DashboardWidget(), {
    ...rest, defaultTitle: title, i18n, dashboardSlug, period: periodOf(widget, period), ownKpis, filter,
    range: range && Object.assign(new WidgetRange(), { preset: range.preset ?? null, from: range.from ? new Date(range.from) : null, to: range.to ? new Date(range.to) : null }),
  });
}

/** Widgets saved before goal and period fields existed read as having none. */
function normalizedStored(widget: StoredWidget): StoredWidget {
  return { ...normalizedWidget(widget), i18n: widget.i18n };
}

function metricKeysOf(entity: { widgets: StoredWidget[] }): string[] {
  return [...new Set(entity.widgets.flatMap((widget) => widget.metricKeys))];
}

/** What the cache keeps of a dashboard read: its KPIs, and those of the widgets with their own period by widget id. */
export interface DashboardKpis {
  kpis: Kpi[];
  own: Record<string, Kpi[]>;
}

/** The metrics whose data a dashboard's KPIs read: those it shows and every input of them. */
function dataOf(catalog: Catalog, entity: DashboardEntity): Set<string> {
  const keys = metricKeysOf(entity);
  return new Set([...keys, ...keys.flatMap((key) => catalog.leaves(key))]);
}

export class DashboardService {
  constructor(
    private readonly db: DataSource, private readonly kpis: KpiService, private readonly audit: AuditService,
    private readonly cached?: { cache: DashboardCache<DashboardKpis>; timeZone: () => string },
  ) {}

  /** The department dashboards and the personal ones of `userId`, in the sidebar's order. */
  listDashboards(userId: string | null): Promise<DashboardEntity[]> {
    return this.db.getRepository(DashboardEntity).createQueryBuilder('d')
      .where('d.owner_user_id IS NULL OR d.owner_user_id = :userId', { userId })
      .orderBy('d.owner_user_id IS NOT NULL', 'ASC').addOrderBy('d.position', 'ASC').addOrderBy('d.title', 'ASC').addOrderBy('d.slug', 'ASC')
      .getMany();
  }

  findDashboard(slug: string): Promise<DashboardEntity | null> {
    return this.db.getRepository(DashboardEntity).findOneBy({ slug });
  }

  async getDashboard(slug: string): Promise<DashboardEntity> {
    const dashboard = await this.findDashboard(slug);
    if (!dashboard) throw notFound('Dashboard', slug);
    return dashboard;
  }

  async metricKeys(slug: string): Promise<string[]> {
    return metricKeysOf(await this.getDashboard(slug));
  }

  /** Every metric a loaded dashboard's widgets show, once each. */
  metricKeysOf(entity: DashboardEntity): string[] {
    return metricKeysOf(entity);
  }

  toSummary(entity: DashboardEntity, canEdit: boolean): DashboardSummary {
    return Object.assign(new DashboardSummary(), {
      slug: entity.slug, department: entity.department, sharedWith: entity.sharedWith, personal: entity.ownerUserId !== null, version: entity.version,
      updatedAt: entity.updatedAt, updatedBy: entity.updatedBy, canEdit, widgets: entity.widgets.map((widget) => toWidget(widget, entity.slug)),
      defaultTitle: entity.title, defaultDescription: entity.description, i18n: entity.i18n,
    });
  }

  /**
   * Every KPI any widget shows in one batch, or two with a filter (the `filtered` metrics sliced by it, the others
   * whole): the query count does not grow with the number of widgets. With `read.scope` (who reads: their grant),
   * the KPIs come from the cache while no write changed their metrics (see DashboardCache).
   */
  async computeDashboard(
    catalog: Catalog, entity: DashboardEntity, range: RangeSpec | null | undefined, compare: Comparison, canEdit: boolean,
    filter: DashboardFilter = NO_FILTER, read: { scope?: string; now?: Date } = {},
  ): Promise<Dashboard> {
    const now = read.now ?? new Date();
    const keys = metricKeysOf(entity);
    const whole = keys.filter((key) => !filter.filtered.has(key));
    const period = { range: range ?? null, compare };
    const compute = async (): Promise<DashboardKpis> => {
      const [kpis, own] = await Promise.all([this.computeFiltered(catalog, keys, range, compare, filter, now), this.ownPeriodKpis(catalog, entity, period, now)]);
      return { kpis, own };
    };
    const { kpis: computed, own } = this.cached?.cache.enabled && read.scope !== undefined
      ? await this.cached.cache.read(this.cacheKey(catalog, entity, period, filter, read.scope, now), dataOf(catalog, entity), compute)
      : await compute();
    const kpis = new Map(computed.map((kpi) => [kpi.metric.key, kpi]));
    return Object.assign(new Dashboard(), {
      ...this.toSummary(entity, canEdit),
      widgets: entity.widgets.map((widget) => toWidget(widget, entity.slug, period, own[widget.id] ?? null, filter)),
      unfilteredMetricKeys: filter.filters.length ? whole : [],
      kpis: computed,
      sections: entity.widgets.filter((widget) => widget.type === 'KPI_GROUP').map((widget) => Object.assign(new DashboardSection(), {
        key: widget.id,
        defaultTitle: widget.title,
        i18n: widget.i18n,
        metricKeys: widget.metricKeys,
        kpis: widget.metricKeys.map((key) => kpis.get(key)!),
      })),
    });
  }

  /**
   * Everything a dashboard's KPIs depend on besides the data: what its widgets show over which periods, the
   * period and filter asked, who reads (their grant decides `filtered`), the definitions and targets (the
   * catalog's fingerprint), the organisation's time zone, and the clock: its window, and where the period starts.
   */
  private cacheKey(catalog: Catalog, entity: DashboardEntity, period: DashboardPeriod, filter: DashboardFilter, scope: string, now: Date): string {
    const resolved = this.kpis.resolve(period.range, now);
    return JSON.stringify([
      entity.slug, entity.version, entity.widgets.map((w) => [w.id, w.metricKeys, w.range ?? null, w.compare ?? null]),
      period.range?.preset ?? null, period.range?.from?.toISOString() ?? null, period.range?.to?.toISOString() ?? null, period.compare,
      filter.filters, [...filter.filtered].sort(), scope, catalog.fingerprint(), this.cached!.timeZone(), this.cached!.cache.window(now), resolved.from.toISOString(),
    ]);
  }

  /** KPIs of `keys` in one batch, or two with a filter: the `filtered` ones sliced by it, the others whole. */
  async computeFiltered(
    catalog: Catalog, keys: readonly string[], range: RangeSpec | null | undefined, compare: Comparison, filter: DashboardFilter, now: Date = new Date(),
  ): Promise<Kpi[]> {
    const whole = keys.filter((key) => !filter.filtered.has(key));
    const sliced = keys.filter((key) => filter.filtered.has(key));
    const batches = await Promise.all([
      whole.length ? this.kpis.computeKpis(catalog, whole, range, compare, now) : [],
      sliced.length ? this.kpis.computeKpis(catalog, sliced, range, compare, now, filter.filters) : [],
    ]);
    return batches.flat();
  }

  /**
   * The KPIs of the widgets with their own period, one batch per distinct period (widgets sharing one share it);
   * a widget without metrics or own period has none.
   */
  private async ownPeriodKpis(catalog: Catalog, entity: DashboardEntity, dashboard: DashboardPeriod, now: Date): Promise<Record<string, Kpi[]>> {
    const byPeriod = new Map<string, { period: DashboardPeriod; widgets: StoredWidget[] }>();
    for (const widget of entity.widgets.filter((w) => hasOwnPeriod(w) && w.metricKeys.length)) {
      const period = periodOf(widget, dashboard);
      const key = JSON.stringify(period);
      byPeriod.set(key, { period, widgets: [...(byPeriod.get(key)?.widgets ?? []), widget] });
    }
    const own: Record<string, Kpi[]> = {};
    await Promise.all([...byPeriod.values()].map(async ({ period, widgets }) => {
      const computed = await this.kpis.computeKpis(catalog, [...new Set(widgets.flatMap((w) => w.metricKeys))], period.range, period.compare, now);
      const byKey = new Map(computed.map((kpi) => [kpi.metric.key, kpi]));
      for (const widget of widgets) own[widget.id] = widget.metricKeys.map((key) => byKey.get(key)!);
    }));
    return own;
  }

  /** The period and metrics a widget of a dashboard follows live: its own period, else the one asked. */
  widgetPeriod(entity: DashboardEntity, widgetId: string, asked: DashboardPeriod): { period: DashboardPeriod; metricKeys: string[] } | null {
    const widget = entity.widgets.find((w) => w.id === widgetId);
    return widget ? { period: periodOf(widget, asked), metricKeys: widget.metricKeys } : null;
  }

  /** The metric of each of these goals that exists (for the checks of GOAL_PROGRESS widgets). */
  async goalMetrics(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    // Read here rather than through the goal module, which depends on this one (it adds the widget's goal field).
    const rows: Array<{ id: string; metric_key: string }> = await this.db.query('SELECT id::text AS id, metric_key FROM goal WHERE id::text = ANY($1)', [[...ids]]);
    return new Map(rows.map((row) => [row.id, row.metric_key]));
  }

  private async checksFor(catalog: Catalog, goalIds: Array<string | null | undefined>): Promise<WidgetChecks> {
    const goals = await this.goalMetrics(goalIds.filter((id): id is string => !!id));
    return { metricExists: (key) => catalog.find(key) !== null, goalExists: (id) => goals.has(id) };
  }

  /** An editor's input, checked: every problem names its field (`input.widgets[3].metricKeys[0]`, `input.widgets[2].goalId`). */
  async validate(catalog: Catalog, input: DashboardInput | DashboardContent): Promise<DashboardContent> {
    const content: DashboardContent = {
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      widgets: input.widgets.map((widget) => normalizedWidget({
        id: widget.id, type: widget.type, title: widget.title?.trim() ?? '', metricKeys: widget.metricKeys ?? [],
        dimension: widget.dimension?.trim() || null, text: widget.text ?? null, goalId: widget.goalId ?? null, workflows: widget.workflows ?? null,
        range: storedRangeOf(widget.range), compare: widget.compare ?? null, x: widget.x, y: widget.y, w: widget.w, h: widget.h,
      })),
      sharedWith: input.sharedWith ?? undefined,
    };
    const problems = dashboardProblems(content, await this.checksFor(catalog, content.widgets.map((w) => w.goalId)));
    if (problems.length) throw rejected(problems, 'input.');
    return content;
  }

  /** An exported document, checked: every problem names its field in the document (`widgets[3].metricKeys[0]`). */
  async parseDocument(catalog: Catalog, document: string): Promise<DashboardContent> {
    const ids = (() => {
      try {
        const widgets = (JSON.parse(document) as { widgets?: unknown })?.widgets;
        return Array.isArray(widgets) ? widgets.map((w) => (typeof w?.goalId === 'string' ? w.goalId : null)) : [];
      } catch {
        return []; // parseDashboardDocument names the problem
      }
    })();
    const result = parseDashboardDocument(document, await this.checksFor(catalog, ids));
    if ('problems' in result) throw rejected(result.problems, '');
    return result.content;
  }

  exportDocument(entity: DashboardEntity): string {
    return `${JSON.stringify(toDashboardDocument(contentOf(entity)), null, 2)}\n`;
  }

  async create(content: DashboardContent, owner: DashboardOwner, actor: AuditActor, summary = 'Created'): Promise<DashboardEntity> {
    return this.db.transaction(async (tx) => {
      const repository = tx.getRepository(DashboardEntity);
      const { max } = await repository.createQueryBuilder('d').select('COALESCE(MAX(d.position), -1)', 'max').getRawOne<{ max: number }>() ?? { max: -1 };
      const saved = await repository.save(repository.create({
        slug: newSlug(content.title), ...content, sharedWith: content.sharedWith ?? [], ...owner, position: Number(max) + 1, i18n: {}, version: 1, updatedBy: actor.name,
      }));
      await this.recordVersion(tx, saved, summary, actor);
      await this.recordChange(tx, actor, null, saved);
      return saved;
    });
  }

  /**
   * Saves a new state if `baseVersion` is still the current one (the row is locked meanwhile); otherwise a CONFLICT
   * naming who saved in between, and nothing is written. `authorize` sees the locked row.
   */
  async update(
    slug: string, baseVersion: number, content: DashboardContent, actor: AuditActor, authorize: (existing: DashboardEntity) => void, summaryOf?: (before: DashboardEntity) => string,
  ): Promise<DashboardEntity> {
    return this.db.transaction(async (tx) => {
      const existing = await this.locked(tx, slug);
      authorize(existing);
      if (existing.version !== baseVersion) {
        throw conflict(
          `Dashboard "${existing.title}" was saved by ${existing.updatedBy ?? 'someone else'} since you opened version ${baseVersion}; it is now version ${existing.version}. Reload it and make your changes again.`,
          { field: 'baseVersion', currentVersion: existing.version, updatedBy: existing.updatedBy },
        );
      }
      const before = { ...existing, widgets: existing.widgets };
      const summary = summaryOf?.(existing) ?? summarizeDashboardChange(contentOf(existing), content);
      const titleChanged = existing.title !== content.title;
      const descriptionChanged = existing.description !== content.description;
      const saved = await tx.getRepository(DashboardEntity).save(Object.assign(existing, {
        title: content.title,
        description: content.description,
        sharedWith: content.sharedWith ?? existing.sharedWith,
        widgets: this.keepTranslations(existing.widgets, content.widgets),
        // A translation of the old text would be wrong once the text changes.
        i18n: Object.fromEntries(Object.entries(existing.i18n).map(([locale, texts]) => [locale, {
          ...texts, title: titleChanged ? undefined : texts?.title, description: descriptionChanged ? undefined : texts?.description,
        }])),
        version: existing.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.name,
      }));
      await this.recordVersion(tx, saved, summary, actor);
      await this.recordChange(tx, actor, before, saved);
      return saved;
    });
  }

  /** The state of an earlier version, saved as a new one (so a restore can itself be undone). */
  async restore(slug: string, version: number, baseVersion: number, actor: AuditActor, authorize: (existing: DashboardEntity) => void): Promise<DashboardEntity> {
    const old = await this.db.getRepository(DashboardVersionEntity).findOneBy({ dashboardSlug: slug, version });
    if (!old) throw badUserInput(`Dashboard "${slug}" has no version ${version}`, { field: 'version' });
    return this.update(slug, baseVersion, contentOf(old), actor, authorize, (before) => `Restored version ${version}: ${summarizeDashboardChange(contentOf(before), contentOf(old))}`);
  }

  async remove(slug: string, actor: AuditActor, authorize: (existing: DashboardEntity) => void): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const existing = await tx.getRepository(DashboardEntity).findOne({ where: { slug }, lock: { mode: 'pessimistic_write' } });
      if (!existing) return false;
      authorize(existing);
      await tx.getRepository(DashboardEntity).delete({ slug });
      await this.recordChange(tx, actor, existing, null);
      return true;
    });
  }

  async versions(slug: string): Promise<DashboardVersion[]> {
    const rows = await this.db.getRepository(DashboardVersionEntity).find({ where: { dashboardSlug: slug }, order: { version: 'DESC' }, take: 200 });
    return rows.map((row) => Object.assign(new DashboardVersion(), {
      version: row.version, title: row.title, summary: row.summary, createdBy: row.createdBy, createdAt: row.createdAt, widgetCount: row.widgets.length,
    }));
  }

  /** A seeded KPI group keeps its title's translations while its title stays as seeded. */
  private keepTranslations(before: StoredWidget[], after: DashboardContent['widgets']): StoredWidget[] {
    const old = new Map(before.map((widget) => [widget.id, widget]));
    return after.map((widget) => {
      const was = old.get(widget.id);
      return was?.i18n && was.title === widget.title ? { ...widget, i18n: was.i18n } : widget;
    });
  }

  private async locked(tx: EntityManager, slug: string): Promise<DashboardEntity> {
    const existing = await tx.getRepository(DashboardEntity).findOne({ where: { slug }, lock: { mode: 'pessimistic_write' } });
    if (!existing) throw notFound('Dashboard', slug);
    return existing;
  }

  private async recordVersion(tx: EntityManager, dashboard: DashboardEntity, summary: string, actor: AuditActor): Promise<void> {
    await tx.getRepository(DashboardVersionEntity).insert({
      dashboardSlug: dashboard.slug, version: dashboard.version, title: dashboard.title, description: dashboard.description,
      widgets: dashboard.widgets, summary, createdBy: actor.name, createdById: actor.id,
    });
  }

  private recordChange(tx: EntityManager, actor: AuditActor, before: DashboardEntity | null, after: DashboardEntity | null): Promise<void> {
    const dashboard = (after ?? before)!;
    return this.audit.record(tx, {
      actor, action: before ? (after ? 'UPDATE' : 'DELETE') : 'CREATE', objectType: 'DASHBOARD', objectId: dashboard.slug, objectLabel: dashboard.title,
      department: dashboard.department, before: before && auditSnapshot(before), after: after && auditSnapshot(after),
    });
  }
}
