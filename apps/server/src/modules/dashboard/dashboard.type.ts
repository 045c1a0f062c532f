import { Arg, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WIDGET_TYPES, type Comparison, type Department, type RangePreset, type RangeSpec, type SlaWorkflow, type WidgetType } from '@opshub/metrics';
import { ComparisonEnum, DepartmentEnum, RangePresetEnum, SlaWorkflowEnum, enumOf } from '../../common/enums';
import { LOCALE_ARG, localized } from '../../common/localized';
import { Kpi } from '../kpi/kpi.type';
import type { DimensionFilter } from '../kpi/stats.query';
import type { LocalizedText } from '../../common/localized';

export const WidgetTypeEnum = enumOf(WIDGET_TYPES);
registerEnumType(WidgetTypeEnum, {
  name: 'WidgetType',
  description: 'KPI: one card; KPI_GROUP: a titled group of cards (what the seeded sections are); TIME_SERIES: a chart of 1 to 5 metrics; '
    + 'BREAKDOWN: one metric by a dimension; SCORECARD: a table of many KPIs; TEXT: a Markdown note, shown as text (never HTML); '
    + 'FUNNEL: the lead funnel; SLA_BREACHES: the latest SLA breaches (of leads, or of its workflows); GOAL_PROGRESS: one goal\'s progress and pacing; '
    + 'WORKFLOW_SCORECARD: one row per workflow with its deadline, SLA attainment, target and status.',
});

@ObjectType({ description: "A widget's own period: a preset, or from (inclusive) and to (exclusive)." })
export class WidgetRange {
  @Field(() => RangePresetEnum, { nullable: true }) preset: RangePreset | null;
  @Field(() => Date, { nullable: true }) from: Date | null;
  @Field(() => Date, { nullable: true }) to: Date | null;
}

@ObjectType({ description: 'One widget of a dashboard, placed on a 12-column grid (x, w in columns; y, h in rows).' })
export class DashboardWidget {
  @Field(() => ID, { description: 'Stable within the dashboard.' }) id: string;
  @Field(() => WidgetTypeEnum) type: WidgetType;
  @Field(() => [ID]) metricKeys: string[];
  @Field(() => String, { nullable: true }) dimension: string | null;
  @Field(() => String, { nullable: true, description: 'A TEXT widget\'s Markdown.' }) text: string | null;
  @Field(() => ID, { nullable: true, description: 'A GOAL_PROGRESS widget\'s goal.' }) goalId: string | null;
  @Field(() => [SlaWorkflowEnum], {
    nullable: true,
    description: "SLA_BREACHES: whose breaches it lists (null: the leads'); WORKFLOW_SCORECARD: its rows, one per workflow. Null for other widgets.",
  })
  workflows: SlaWorkflow[] | null;
  @Field(() => WidgetRange, { nullable: true, description: "Its own period; null: the dashboard's." }) range: WidgetRange | null;
  @Field(() => ComparisonEnum, { nullable: true, description: "Its own comparison; null: the dashboard's." }) compare: Comparison | null;
  @Field(() => Int) x: number;
  @Field(() => Int) y: number;
  @Field(() => Int) w: number;
  @Field(() => Int) h: number;
  defaultTitle: string;
  i18n: LocalizedText | undefined;
  /** The dashboard it is on, for the access checks of its data. */
  dashboardSlug: string;
  /** The period its data covers: its own, else the dashboard's as asked (the default period outside a `dashboard` query). */
  period: { range: RangeSpec | null; compare: Comparison };
  /** With its own period: its metrics' snapshots over it (computed with the dashboard). */
  ownKpis: Kpi[] | null;
  /** The dashboard's filter and the metrics it slices (none outside a `dashboard` query), for its chart's series. */
  filter: { filters: readonly DimensionFilter[]; filtered: ReadonlySet<string> };

  @Field(() => [Kpi], { nullable: true, description: "With its own range or comparison (in a `dashboard` query): its metrics over those; null: it shows the dashboard's kpis." })
  kpis(): Kpi[] | null {
    return this.ownKpis;
  }

  @Field(() => String, { description: 'Empty: the metric\'s name (or no title, for a note).' })
  title(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultTitle, this.i18n, locale, 'title');
  }
}

@ObjectType({ description: 'A dashboard of the catalog, without computed values.' })
export class DashboardSummary {
  @Field(() => ID, { description: 'The seeded ones are executive, sales, customer-success, product, operations and marketing.' }) slug: string;
  @Field(() => DepartmentEnum, { nullable: true, description: 'The owning department; null for a personal dashboard.' }) department: Department | null;
  @Field(() => [DepartmentEnum], { description: 'Further departments it is shared with: their heads and viewers open it, their heads edit it.' }) sharedWith: Department[];
  @Field({ description: 'Owned by one person, who alone sees and edits it.' }) personal: boolean;
  @Field(() => Int, { description: 'Rises by one on every save; give it back to updateDashboard.' }) version: number;
  @Field() updatedAt: Date;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
  @Field({ description: 'Whether the caller may change it.' }) canEdit: boolean;
  @Field(() => [DashboardWidget]) widgets: DashboardWidget[];
  defaultTitle: string;
  defaultDescription: string;
  i18n: LocalizedText;

  @Field(() => String)
  title(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultTitle, this.i18n, locale, 'title');
  }

  @Field(() => String)
  description(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultDescription, this.i18n, locale, 'description');
  }
}

@ObjectType({ description: 'A KPI_GROUP widget with its KPIs, as the dashboard page showed sections before widgets.' })
export class DashboardSection {
  @Field() key: string;
  @Field(() => [ID], { description: 'The metrics of the section, in order.' }) metricKeys: string[];
  @Field(() => [Kpi]) kpis: Kpi[];
  defaultTitle: string;
  i18n: LocalizedText | undefined;

  @Field(() => String)
  title(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultTitle, this.i18n, locale, 'title');
  }
}

@ObjectType({ description: 'A dashboard with the KPI snapshots of its widgets over one period.' })
export class Dashboard extends DashboardSummary {
  @Field(() => [DashboardSection], { description: 'Its KPI_GROUP widgets, in order.' }) sections: DashboardSection[];
  @Field(() => [Kpi], { description: 'One snapshot per metric any widget shows, each computed once.' }) kpis: Kpi[];
  @Field(() => [ID], {
    description: 'With a filter: the metrics it does not apply to (they lack a filtered dimension, or the caller may not break them down); their cards show the whole metric.',
  })
  unfilteredMetricKeys: string[];
}

@ObjectType({ description: 'One saved state of a dashboard.' })
export class DashboardVersion {
  @Field(() => Int) version: number;
  @Field() title: string;
  @Field({ description: 'What the save changed, in one line (English), e.g. "Added scorecard \'Pipeline\'; moved 2 widgets".' }) summary: string;
  @Field() createdBy: string;
  @Field() createdAt: Date;
  @Field(() => Int) widgetCount: number;
}
