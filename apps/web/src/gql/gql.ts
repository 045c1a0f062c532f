/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Organization {\n    organization {\n      name\n      timeZone\n      currency\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    dashboard(slug: $slug, range: $range, compare: $compare) {\n      slug\n      title(locale: $locale)\n      description(locale: $locale)\n      department\n      sections {\n        key\n        title(locale: $locale)\n        kpis {\n          ...KpiFields\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Dashboards($locale: String) {\n    dashboards {\n      slug\n      title(locale: $locale)\n      department\n    }\n  }\n": typeof types.DashboardsDocument,
    "\n  fragment KpiFields on Kpi {\n    metric {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n      direction\n      aggregation\n      formula\n    }\n    period {\n      from\n      to\n    }\n    comparisonPeriod {\n      from\n      to\n    }\n    value\n    comparisonValue\n    change\n    changeRatio\n    target {\n      id\n      kind\n      value\n      baseline\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n    attainment\n    status\n    trend {\n      at\n      value\n    }\n    trendGranularity\n    lastUpdatedAt\n  }\n": typeof types.KpiFieldsFragmentDoc,
    "\n  subscription KpiUpdated($dashboard: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpiUpdated(dashboard: $dashboard, keys: $keys, range: $range, compare: $compare) {\n      ...KpiFields\n    }\n  }\n": typeof types.KpiUpdatedDocument,
    "\n  query MetricDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n      direction\n      aggregation\n      formula\n      inputs\n      owner\n      reviewCadence\n      dimensions\n    }\n    kpi(key: $key, range: $range, compare: $compare, filter: $filter) {\n      ...KpiFields\n    }\n  }\n": typeof types.MetricDetailDocument,
    "\n  query MetricSeries(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $compare: Comparison\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, compare: $compare) {\n      granularity\n      period {\n        from\n        to\n      }\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n      comparison {\n        at\n        value\n      }\n      comparisonPeriod {\n        from\n        to\n      }\n    }\n  }\n": typeof types.MetricSeriesDocument,
    "\n  query MetricBreakdown(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $groupBy: String!\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, groupBy: $groupBy) {\n      groupBy\n      granularity\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n    }\n  }\n": typeof types.MetricBreakdownDocument,
    "\n  query Observations($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!], $first: Int!, $after: String) {\n    observations(key: $key, range: $range, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          metricKey\n          at\n          value\n          dimensions\n          source\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ObservationsDocument,
    "\n  query MetricUnit($key: ID!, $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n    }\n  }\n": typeof types.MetricUnitDocument,
};
const documents: Documents = {
    "\n  query Organization {\n    organization {\n      name\n      timeZone\n      currency\n    }\n  }\n": types.OrganizationDocument,
    "\n  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    dashboard(slug: $slug, range: $range, compare: $compare) {\n      slug\n      title(locale: $locale)\n      description(locale: $locale)\n      department\n      sections {\n        key\n        title(locale: $locale)\n        kpis {\n          ...KpiFields\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query Dashboards($locale: String) {\n    dashboards {\n      slug\n      title(locale: $locale)\n      department\n    }\n  }\n": types.DashboardsDocument,
    "\n  fragment KpiFields on Kpi {\n    metric {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n      direction\n      aggregation\n      formula\n    }\n    period {\n      from\n      to\n    }\n    comparisonPeriod {\n      from\n      to\n    }\n    value\n    comparisonValue\n    change\n    changeRatio\n    target {\n      id\n      kind\n      value\n      baseline\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n    attainment\n    status\n    trend {\n      at\n      value\n    }\n    trendGranularity\n    lastUpdatedAt\n  }\n": types.KpiFieldsFragmentDoc,
    "\n  subscription KpiUpdated($dashboard: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpiUpdated(dashboard: $dashboard, keys: $keys, range: $range, compare: $compare) {\n      ...KpiFields\n    }\n  }\n": types.KpiUpdatedDocument,
    "\n  query MetricDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n      direction\n      aggregation\n      formula\n      inputs\n      owner\n      reviewCadence\n      dimensions\n    }\n    kpi(key: $key, range: $range, compare: $compare, filter: $filter) {\n      ...KpiFields\n    }\n  }\n": types.MetricDetailDocument,
    "\n  query MetricSeries(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $compare: Comparison\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, compare: $compare) {\n      granularity\n      period {\n        from\n        to\n      }\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n      comparison {\n        at\n        value\n      }\n      comparisonPeriod {\n        from\n        to\n      }\n    }\n  }\n": types.MetricSeriesDocument,
    "\n  query MetricBreakdown(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $groupBy: String!\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, groupBy: $groupBy) {\n      groupBy\n      granularity\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n    }\n  }\n": types.MetricBreakdownDocument,
    "\n  query Observations($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!], $first: Int!, $after: String) {\n    observations(key: $key, range: $range, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          metricKey\n          at\n          value\n          dimensions\n          source\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ObservationsDocument,
    "\n  query MetricUnit($key: ID!, $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n    }\n  }\n": types.MetricUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization {\n    organization {\n      name\n      timeZone\n      currency\n    }\n  }\n"): (typeof documents)["\n  query Organization {\n    organization {\n      name\n      timeZone\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    dashboard(slug: $slug, range: $range, compare: $compare) {\n      slug\n      title(locale: $locale)\n      description(locale: $locale)\n      department\n      sections {\n        key\n        title(locale: $locale)\n        kpis {\n          ...KpiFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    dashboard(slug: $slug, range: $range, compare: $compare) {\n      slug\n      title(locale: $locale)\n      description(locale: $locale)\n      department\n      sections {\n        key\n        title(locale: $locale)\n        kpis {\n          ...KpiFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboards($locale: String) {\n    dashboards {\n      slug\n      title(locale: $locale)\n      department\n    }\n  }\n"): (typeof documents)["\n  query Dashboards($locale: String) {\n    dashboards {\n      slug\n      title(locale: $locale)\n      department\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFields on Kpi {\n    metric {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n      direction\n      aggregation\n      formula\n    }\n    period {\n      from\n      to\n    }\n    comparisonPeriod {\n      from\n      to\n    }\n    value\n    comparisonValue\n    change\n    changeRatio\n    target {\n      id\n      kind\n      value\n      baseline\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n    attainment\n    status\n    trend {\n      at\n      value\n    }\n    trendGranularity\n    lastUpdatedAt\n  }\n"): (typeof documents)["\n  fragment KpiFields on Kpi {\n    metric {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n      direction\n      aggregation\n      formula\n    }\n    period {\n      from\n      to\n    }\n    comparisonPeriod {\n      from\n      to\n    }\n    value\n    comparisonValue\n    change\n    changeRatio\n    target {\n      id\n      kind\n      value\n      baseline\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n    attainment\n    status\n    trend {\n      at\n      value\n    }\n    trendGranularity\n    lastUpdatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KpiUpdated($dashboard: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpiUpdated(dashboard: $dashboard, keys: $keys, range: $range, compare: $compare) {\n      ...KpiFields\n    }\n  }\n"): (typeof documents)["\n  subscription KpiUpdated($dashboard: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpiUpdated(dashboard: $dashboard, keys: $keys, range: $range, compare: $compare) {\n      ...KpiFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n      direction\n      aggregation\n      formula\n      inputs\n      owner\n      reviewCadence\n      dimensions\n    }\n    kpi(key: $key, range: $range, compare: $compare, filter: $filter) {\n      ...KpiFields\n    }\n  }\n"): (typeof documents)["\n  query MetricDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n      direction\n      aggregation\n      formula\n      inputs\n      owner\n      reviewCadence\n      dimensions\n    }\n    kpi(key: $key, range: $range, compare: $compare, filter: $filter) {\n      ...KpiFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricSeries(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $compare: Comparison\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, compare: $compare) {\n      granularity\n      period {\n        from\n        to\n      }\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n      comparison {\n        at\n        value\n      }\n      comparisonPeriod {\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetricSeries(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $compare: Comparison\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, compare: $compare) {\n      granularity\n      period {\n        from\n        to\n      }\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n      comparison {\n        at\n        value\n      }\n      comparisonPeriod {\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricBreakdown(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $groupBy: String!\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, groupBy: $groupBy) {\n      groupBy\n      granularity\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetricBreakdown(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $groupBy: String!\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, groupBy: $groupBy) {\n      groupBy\n      granularity\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Observations($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!], $first: Int!, $after: String) {\n    observations(key: $key, range: $range, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          metricKey\n          at\n          value\n          dimensions\n          source\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Observations($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!], $first: Int!, $after: String) {\n    observations(key: $key, range: $range, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          metricKey\n          at\n          value\n          dimensions\n          source\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricUnit($key: ID!, $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetricUnit($key: ID!, $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;