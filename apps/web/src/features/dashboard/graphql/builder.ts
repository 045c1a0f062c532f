import { graphql } from '../../../gql';

export const WidgetFieldsFragment = graphql(`
  fragment WidgetFields on DashboardWidget {
    id
    type
    title(locale: $locale)
    metricKeys
    dimension
    text
    goalId
    workflows
    range {
      preset
      from
      to
    }
    compare
    x
    y
    w
    h
  }
`);

/**
 * What a saved widget shows beyond the dashboard's KPIs, read through the dashboard (so a share link reads it
 * too): its own-period snapshots, the funnel, the SLA breaches, the goal, and on a shared screen (`$shared`; a
 * share link may not ask `series` itself) its chart's series. Null where it does not apply or the reader may not see it.
 */
export const WidgetDataFieldsFragment = graphql(`
  fragment WidgetDataFields on DashboardWidget {
    id
    kpis {
      ...KpiFields
      metric {
        owner(locale: $locale)
      }
    }
    funnel {
      period {
        from
        to
      }
      total {
        ...FunnelGroupFields
      }
      groups {
        ...FunnelGroupFields
      }
    }
    slaBreaches(first: 10) {
      ...SlaBreachFields
    }
    workflowSlaBreaches(first: 10) {
      ...WorkflowBreachFields
    }
    workflowScorecard {
      workflow
      metricKey
      target
      deadlines {
        key
        durationSeconds
        name(locale: $locale)
      }
    }
    series @include(if: $shared) {
      ...WidgetSeriesFields
    }
    goal {
      id
      name
      ...GoalPacingFields
    }
  }
`);

/** What the page shows and the editor starts from (the version it gives back on save). */
export const DashboardEditFieldsFragment = graphql(`
  fragment DashboardEditFields on Dashboard {
    slug
    title(locale: $locale)
    description(locale: $locale)
    department
    sharedWith
    personal
    version
    canEdit
    updatedBy
    widgets {
      ...WidgetFields
    }
  }
`);

/** A save answers what the page needs to go on: the new version (the page refetches its KPIs). */
export const SavedDashboardFieldsFragment = graphql(`
  fragment SavedDashboardFields on DashboardSummary {
    slug
    version
    updatedBy
  }
`);

export const CreateDashboardMutation = graphql(`
  mutation CreateDashboard($input: DashboardInput!, $department: Department) {
    createDashboard(input: $input, department: $department) {
      ...SavedDashboardFields
    }
  }
`);

export const UpdateDashboardMutation = graphql(`
  mutation UpdateDashboard($slug: ID!, $baseVersion: Int!, $input: DashboardInput!) {
    updateDashboard(slug: $slug, baseVersion: $baseVersion, input: $input) {
      ...SavedDashboardFields
    }
  }
`);

export const DuplicateDashboardMutation = graphql(`
  mutation DuplicateDashboard($slug: ID!, $title: String) {
    duplicateDashboard(slug: $slug, title: $title) {
      ...SavedDashboardFields
    }
  }
`);

export const DeleteDashboardMutation = graphql(`
  mutation DeleteDashboard($slug: ID!) {
    deleteDashboard(slug: $slug)
  }
`);

export const ImportDashboardMutation = graphql(`
  mutation ImportDashboard($document: String!, $department: Department) {
    importDashboard(document: $document, department: $department) {
      ...SavedDashboardFields
    }
  }
`);

export const RestoreDashboardVersionMutation = graphql(`
  mutation RestoreDashboardVersion($slug: ID!, $version: Int!, $baseVersion: Int!) {
    restoreDashboardVersion(slug: $slug, version: $version, baseVersion: $baseVersion) {
      ...SavedDashboardFields
    }
  }
`);

export const DashboardVersionsQuery = graphql(`
  query DashboardVersions($slug: ID!) {
    dashboardVersions(slug: $slug) {
      version
      title
      summary
      createdBy
      createdAt
      widgetCount
    }
  }
`);

export const DashboardExportQuery = graphql(`
  query DashboardExport($slug: ID!) {
    dashboardExport(slug: $slug)
  }
`);

export const WidgetCatalogQuery = graphql(`
  query WidgetCatalog($locale: String) {
    metrics {
      key
      name(locale: $locale)
      department
      dimensions
    }
  }
`);

/** The goals a GOAL_PROGRESS widget may show: those on metrics the editor reads. */
export const WidgetGoalsQuery = graphql(`
  query WidgetGoals($locale: String) {
    goalPlan {
      id
      name
      metric {
        key
        name(locale: $locale)
      }
    }
  }
`);

/** One metric's series as a chart widget draws it. */
export const WidgetSeriesFieldsFragment = graphql(`
  fragment WidgetSeriesFields on Series {
    granularity
    groupBy
    metric {
      key
      name(locale: $locale)
      unit {
        kind
        currency
        scaleMin
        scaleMax
      }
    }
    groups {
      key
      total
      points {
        at
        value
      }
    }
    comparison {
      at
      value
    }
  }
`);

/** One metric over the dashboard's range for a chart widget: totals over time with the comparison, or grouped by a dimension. */
export const WidgetSeriesQuery = graphql(`
  query WidgetSeries($key: ID!, $range: RangeInput, $compare: Comparison, $groupBy: String, $locale: String) {
    series(key: $key, range: $range, compare: $compare, groupBy: $groupBy) {
      ...WidgetSeriesFields
    }
  }
`);

/** The first metric of a chart widget with what its goal and forecast toggles draw. */
export const WidgetKpiDetailQuery = graphql(`
  query WidgetKpiDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {
    kpi(key: $key, range: $range, compare: $compare) {
      ...KpiDetailFields
    }
  }
`);

/**
 * A shared screen's chart overlays: each chart's KPIs over its period with the goal trajectory and forecast, read
 * through the dashboard (a share link may not ask `kpi`). Asked only when a chart's goal or forecast is toggled on.
 */
export const SharedSeriesKpisQuery = graphql(`
  query SharedSeriesKpis($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {
    dashboard(slug: $slug, range: $range, compare: $compare) {
      widgets {
        id
        seriesKpis {
          ...KpiDetailFields
        }
      }
    }
  }
`);

/** Snapshots of the metrics an editor added that the saved dashboard does not show yet. */
export const EditorKpisQuery = graphql(`
  query EditorKpis($keys: [ID!]!, $range: RangeInput, $compare: Comparison!, $locale: String) {
    kpis(keys: $keys, range: $range, compare: $compare) {
      ...KpiFields
      metric {
        owner(locale: $locale)
      }
    }
  }
`);
