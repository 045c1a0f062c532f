import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  allowsMetric, canEditDashboard, canReadRevOps, canReadSlaWorkflow, slaWorkflowDepartments, canShareWithDepartments, sharingProblems, type Comparison, type DashboardContent, type Department,
} from '@opshub/metrics';
import { badUserInput } from '../../common/errors';
import { ComparisonEnum, DepartmentEnum } from '../../common/enums';
import { DimensionFilterInput, RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { filterableMetrics, forbidden, opensDashboard, principalOf, readsMetric, requireDashboard } from '../auth/access.guard';
import type { DashboardEntity } from './dashboard.entity';
import { DashboardInput } from './dashboard.input';
import type { DashboardOwner } from './dashboard.service';
import { Dashboard, DashboardSummary, DashboardVersion } from './dashboard.type';

function mayEdit(ctx: AppContext, dashboard: Pick<DashboardEntity, 'department' | 'sharedWith' | 'ownerUserId'>): boolean {
  const principal = principalOf(ctx);
  return canEditDashboard(principal.grant, principal, dashboard);
}

function requireDashboardEdit(ctx: AppContext, dashboard: Pick<DashboardEntity, 'slug' | 'department' | 'sharedWith' | 'ownerUserId'>): void {
  if (!mayEdit(ctx, dashboard)) {
    throw forbidden(dashboard.department
      ? `You may not change the ${dashboard.slug} dashboard (${dashboard.department})`
      : 'You may change only your own personal dashboards', { dashboard: dashboard.slug });
  }
}

/**
 * Whom a save shares the dashboard with (`content.sharedWith`; absent: unchanged) must fit its owner, and only who
 * edits the owning department's dashboards changes it: a head it is shared with edits the widgets, not the sharing.
 */
function requireSharing(ctx: AppContext, owner: Pick<DashboardEntity, 'slug' | 'department' | 'ownerUserId'> & { sharedWith?: Department[] }, content: DashboardContent, prefix: string): void {
  if (content.sharedWith === undefined) return;
  const [problem] = sharingProblems(owner.department, content.sharedWith);
  if (problem) throw badUserInput(`${prefix}${problem.field} ${problem.reason}`, { field: `${prefix}${problem.field}` });
  const before = [...(owner.sharedWith ?? [])].sort().join();
  if (before !== [...content.sharedWith].sort().join() && !canShareWithDepartments(principalOf(ctx).grant, { ...owner, sharedWith: owner.sharedWith })) {
    throw forbidden(`Only who may edit ${owner.department}'s dashboards changes whom the ${owner.slug} dashboard is shared with`, { field: `${prefix}sharedWith`, dashboard: owner.slug });
  }
}

/** A department's dashboard for whoever may edit that department's; otherwise the caller's personal one. */
function ownerFor(ctx: AppContext, department: Department | null): DashboardOwner {
  const principal = principalOf(ctx);
  const owner: DashboardOwner = department ? { department, ownerUserId: null } : { department: null, ownerUserId: principal.id };
  if (!canEditDashboard(principal.grant, principal, owner)) {
    throw forbidden(department ? `You may not make dashboards of ${department}` : 'Only a signed-in user has personal dashboards', { department });
  }
  return owner;
}

/**
 * Whoever opens a dashboard sees every card on it, so a saver may place only metrics they read themselves (a
 * breakdown needs their records), the funnel and lead SLA breaches only if they read lead records, a workflow's breaches or scorecard row only if they read its records, and a goal only if
 * they read its metric. `prefix` is where the widgets are: `input.` in a mutation, none in a document.
 */
async function requireReadableWidgets(ctx: AppContext, content: DashboardContent, prefix: string): Promise<void> {
  const { grant } = principalOf(ctx);
  const catalog = await ctx.catalog();
  const goals = await ctx.services.dashboards.goalMetrics(content.widgets.flatMap((widget) => (widget.goalId ? [widget.goalId] : [])));
  content.widgets.forEach((widget, i) => {
    widget.metricKeys.forEach((key, j) => {
      if (!allowsMetric(catalog.access(grant, key), widget.type === 'BREAKDOWN' ? 'DETAIL' : 'KPI')) {
        throw forbidden(`You may not show metric "${key}" (${catalog.find(key)?.department})`, { field: `${prefix}widgets[${i}].metricKeys[${j}]`, metricKey: key });
      }
    });
    if (widget.type === 'FUNNEL' && !canReadRevOps(grant)) {
      throw forbidden('You may not show lead records (SALES or MARKETING)', { field: `${prefix}widgets[${i}].type` });
    }
    // A breach list without workflows lists the leads' breaches, as before workflows had deadlines.
    if (widget.type === 'SLA_BREACHES' && !widget.workflows && !canReadRevOps(grant)) {
      throw forbidden('You may not show lead records (SALES or MARKETING)', { field: `${prefix}widgets[${i}].type` });
    }
    widget.workflows?.forEach((workflow, j) => {
      if (!canReadSlaWorkflow(grant, workflow)) {
        throw forbidden(`You may not show the records of workflow ${workflow} (${slaWorkflowDepartments(workflow).join(' or ')})`, { field: `${prefix}widgets[${i}].workflows[${j}]` });
      }
    });
    const goalMetric = widget.goalId ? goals.get(widget.goalId) : undefined;
    if (goalMetric && !allowsMetric(catalog.access(grant, goalMetric), 'KPI')) {
      throw forbidden(`You may not show a goal on metric "${goalMetric}" (${catalog.find(goalMetric)?.department})`, { field: `${prefix}widgets[${i}].goalId`, metricKey: goalMetric });
    }
  });
}

async function openDashboard(ctx: AppContext, slug: string): Promise<DashboardEntity> {
  const dashboard = await ctx.services.dashboards.getDashboard(slug);
  requireDashboard(ctx, dashboard);
  return dashboard;
}

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => [DashboardSummary], { description: 'The dashboards the caller may open: the departments\' first, then the caller\'s personal ones.' })
  async dashboards(@Ctx() ctx: AppContext): Promise<DashboardSummary[]> {
    const principal = principalOf(ctx);
    const entities = await ctx.services.dashboards.listDashboards(principal.kind === 'USER' ? principal.id : null);
    return entities.filter((dashboard) => opensDashboard(ctx, dashboard)).map((dashboard) => ctx.services.dashboards.toSummary(dashboard, mayEdit(ctx, dashboard)));
  }

  @Query(() => Dashboard, {
    description: 'A dashboard with every KPI computed over the period (default: last 30 days). Whoever may open it sees each card at KPI level. '
      + 'A filter (region = EMEA) slices every metric that has its dimensions and that the caller may break down; unfilteredMetricKeys names the rest.',
  })
  async dashboard(
    @Ctx() ctx: AppContext,
    @Arg('slug', () => ID) slug: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('compare', () => ComparisonEnum, { defaultValue: 'PREVIOUS_PERIOD' }) compare: Comparison,
    @Arg('filter', () => [DimensionFilterInput], { nullable: true }) filter: DimensionFilterInput[] | null,
  ): Promise<Dashboard> {
    const dashboard = await openDashboard(ctx, slug);
    const filters = filter ?? [];
    const filtered = await filterableMetrics(ctx, ctx.services.dashboards.metricKeysOf(dashboard), filters);
    // Cached per grant: what the reader may see, and so which metrics the filter slices, follows from it alone.
    return ctx.services.dashboards.computeDashboard(await ctx.catalog(), dashboard, range, compare, mayEdit(ctx, dashboard), { filters, filtered }, {
      scope: JSON.stringify(principalOf(ctx).grant),
    });
  }

  @FieldResolver(() => [String], { description: 'The dimensions its metrics carry that the caller may filter by (those of metrics they may break down), sorted.' })
  async dimensions(@Ctx() ctx: AppContext, @Root() dashboard: Dashboard): Promise<string[]> {
    const keys = [...new Set(dashboard.kpis.map((kpi) => kpi.metric.key))];
    const names = await Promise.all(keys.map(async (key) => (await readsMetric(ctx, key, 'DETAIL') ? ctx.dimensionNames(key) : [])));
    return [...new Set(names.flat())].sort();
  }

  @Query(() => [DashboardVersion], { description: 'Every saved version of a dashboard, newest first (up to 200); for whoever may edit it.' })
  async dashboardVersions(@Ctx() ctx: AppContext, @Arg('slug', () => ID) slug: string): Promise<DashboardVersion[]> {
    requireDashboardEdit(ctx, await openDashboard(ctx, slug));
    return ctx.services.dashboards.versions(slug);
  }

  @Query(() => String, { description: 'The dashboard as a JSON document (format "opshub.dashboard", version 1; see docs/dashboard-format.md), for review in git or another installation.' })
  async dashboardExport(@Ctx() ctx: AppContext, @Arg('slug', () => ID) slug: string): Promise<string> {
    return ctx.services.dashboards.exportDocument(await openDashboard(ctx, slug));
  }

  @Mutation(() => DashboardSummary, { description: 'A new dashboard of `department` (for who may edit that department\'s), or a personal one of the caller when omitted.' })
  async createDashboard(
    @Ctx() ctx: AppContext,
    @Arg('input', () => DashboardInput) input: DashboardInput,
    @Arg('department', () => DepartmentEnum, { nullable: true }) department: Department | null,
  ): Promise<DashboardSummary> {
    const owner = ownerFor(ctx, department);
    const content = await ctx.services.dashboards.validate(await ctx.catalog(), input);
    requireSharing(ctx, { slug: 'new', ...owner }, content, 'input.');
    await requireReadableWidgets(ctx, content, 'input.');
    return ctx.services.dashboards.toSummary(await ctx.services.dashboards.create(content, owner, actorOf(principalOf(ctx))), true);
  }

  @Mutation(() => DashboardSummary, {
    description: 'Saves title, description and widgets as a new version. `baseVersion` is the version the editor started from: if another save landed since, a CONFLICT and nothing is written.',
  })
  async updateDashboard(
    @Ctx() ctx: AppContext,
    @Arg('slug', () => ID) slug: string,
    @Arg('baseVersion', () => Int) baseVersion: number,
    @Arg('input', () => DashboardInput) input: DashboardInput,
  ): Promise<DashboardSummary> {
    requireDashboardEdit(ctx, await openDashboard(ctx, slug));
    const content = await ctx.services.dashboards.validate(await ctx.catalog(), input);
    await requireReadableWidgets(ctx, content, 'input.');
    const saved = await ctx.services.dashboards.update(slug, baseVersion, content, actorOf(principalOf(ctx)), (existing) => {
      requireDashboardEdit(ctx, existing);
      requireSharing(ctx, existing, content, 'input.');
    });
    return ctx.services.dashboards.toSummary(saved, true);
  }

  @Mutation(() => DashboardSummary, { description: 'Makes an earlier version the current one, as a new version (CONFLICT as updateDashboard).' })
  async restoreDashboardVersion(
    @Ctx() ctx: AppContext,
    @Arg('slug', () => ID) slug: string,
    @Arg('version', () => Int) version: number,
    @Arg('baseVersion', () => Int) baseVersion: number,
  ): Promise<DashboardSummary> {
    requireDashboardEdit(ctx, await openDashboard(ctx, slug));
    const saved = await ctx.services.dashboards.restore(slug, version, baseVersion, actorOf(principalOf(ctx)), (existing) => requireDashboardEdit(ctx, existing));
    return ctx.services.dashboards.toSummary(saved, true);
  }

  @Mutation(() => DashboardSummary, { description: 'A copy of a dashboard the caller may open, owned by `department` or (omitted) the caller.' })
  async duplicateDashboard(
    @Ctx() ctx: AppContext,
    @Arg('slug', () => ID) slug: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Arg('department', () => DepartmentEnum, { nullable: true }) department: Department | null,
  ): Promise<DashboardSummary> {
    const source = await openDashboard(ctx, slug);
    const owner = ownerFor(ctx, department);
    const content = await ctx.services.dashboards.validate(await ctx.catalog(), {
      title: title ?? `${source.title} (copy)`, description: source.description, widgets: source.widgets,
    });
    await requireReadableWidgets(ctx, content, '');
    const saved = await ctx.services.dashboards.create(content, owner, actorOf(principalOf(ctx)), `Duplicated from "${source.title}"`);
    return ctx.services.dashboards.toSummary(saved, true);
  }

  @Mutation(() => DashboardSummary, { description: 'A new dashboard from an exported JSON document, owned as createDashboard; problems name the widget and field (`widgets[3].metricKeys[0]`).' })
  async importDashboard(
    @Ctx() ctx: AppContext,
    @Arg('document') document: string,
    @Arg('department', () => DepartmentEnum, { nullable: true }) department: Department | null,
  ): Promise<DashboardSummary> {
    const owner = ownerFor(ctx, department);
    const content = await ctx.services.dashboards.parseDocument(await ctx.catalog(), document);
    requireSharing(ctx, { slug: 'new', ...owner }, content, '');
    await requireReadableWidgets(ctx, content, '');
    return ctx.services.dashboards.toSummary(await ctx.services.dashboards.create(content, owner, actorOf(principalOf(ctx)), 'Imported'), true);
  }

  @Mutation(() => Boolean, { description: 'false when there was no such dashboard; its versions go with it.' })
  async deleteDashboard(@Ctx() ctx: AppContext, @Arg('slug', () => ID) slug: string): Promise<boolean> {
    const existing = await ctx.services.dashboards.findDashboard(slug);
    // Someone else's personal dashboard is, to the caller, not there.
    if (!existing || (existing.ownerUserId !== null && !opensDashboard(ctx, existing))) return false;
    return ctx.services.dashboards.remove(slug, actorOf(principalOf(ctx)), (locked) => requireDashboardEdit(ctx, locked));
  }
}
