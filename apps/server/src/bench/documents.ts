// The operations the web app sends (apps/web/src/gql), and an integrator's write, so the server does real work.

const KPI_FIELDS = `
  fragment KpiFields on Kpi {
    metric { key name(locale: $locale) description(locale: $locale) department unit { kind currency scaleMin scaleMax } direction aggregation formula }
    period { from to }
    comparisonPeriod { from to }
    value comparisonValue change changeRatio
    target { id kind value baseline tolerance effectiveFrom effectiveTo }
    attainment status
    trend { at value }
    trendGranularity lastUpdatedAt
    pacing { goal { id name } expected projectedAtEnd status }
    forecast { targetValue projectedTargetDate }
  }`;

export const DASHBOARD_QUERY = `
  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {
    dashboard(slug: $slug, range: $range, compare: $compare) {
      slug title(locale: $locale) description(locale: $locale) department
      sections { key title(locale: $locale) kpis { ...KpiFields } }
    }
  }${KPI_FIELDS}`;

/** A custom dashboard as the web app reads it: every widget's KPI once, and the own-period KPIs of widgets that have one. */
export const CUSTOM_DASHBOARD_QUERY = `
  query CustomDashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {
    dashboard(slug: $slug, range: $range, compare: $compare) {
      slug title(locale: $locale) department
      kpis { ...KpiFields }
      widgets { id type metricKeys range { preset } compare kpis { ...KpiFields } }
    }
  }${KPI_FIELDS}`;

export const KPI_QUERY = `
  query Kpi($key: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {
    kpi(key: $key, range: $range, compare: $compare) { ...KpiFields }
  }${KPI_FIELDS}`;

export const SERIES_QUERY = `
  query Series($key: ID!, $range: RangeInput, $granularity: Granularity, $groupBy: String) {
    series(key: $key, range: $range, granularity: $granularity, groupBy: $groupBy) {
      granularity groupBy period { from to } groups { key total points { at value } }
    }
  }`;

export const RECORD_MUTATION = 'mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }';

export const KPI_UPDATED_SUBSCRIPTION = `
  subscription KpiUpdated($dashboard: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {
    kpiUpdated(dashboard: $dashboard, keys: $keys, range: $range, compare: $compare) { ...KpiFields }
  }${KPI_FIELDS}`;

/** The bench server's API key (READ and INGEST, every department), set once it is up: every request carries it, as an integrator's would. */
export const benchCredentials = { apiKey: '' };

/** JSON and the bench key: the headers of every benchmarked request. */
export function benchHeaders(): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${benchCredentials.apiKey}` };
}

/** POSTs one GraphQL operation; throws on GraphQL errors. */
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: benchHeaders(), body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}
