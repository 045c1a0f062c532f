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
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    departments\n    disabledAt\n    createdAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation InviteUser($input: UserInviteInput!) {\n    inviteUser(input: $input) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    department\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query AdminApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AdminSlaPolicies($locale: String) {\n    slaPolicies {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      durationSeconds\n      active\n      startsOn\n      metBy\n    }\n  }\n": typeof types.AdminSlaPoliciesDocument,
    "\n  mutation UpdateSlaPolicy($key: ID!, $input: SlaPolicyUpdateInput!) {\n    updateSlaPolicy(key: $key, input: $input) {\n      key\n      durationSeconds\n      active\n    }\n  }\n": typeof types.UpdateSlaPolicyDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      expiresAt\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation UpdateOrganization($input: OrganizationInput!) {\n    updateOrganization(input: $input) {\n      name\n      timeZone\n      currency\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  fragment AlertFields on Alert {\n    id\n    metricKey\n    metricName(locale: $locale)\n    kind\n    state\n    owner(locale: $locale)\n    value\n    reference\n    explanation(locale: $locale)\n    raisedAt\n    acknowledgedBy\n    acknowledgedAt\n    resolvedBy\n    resolvedAt\n    annotationId\n    contributions {\n      dimension\n      value\n      share\n    }\n    rule {\n      id\n      name\n    }\n  }\n": typeof types.AlertFieldsFragmentDoc,
    "\n  query ActiveAlerts($locale: String) {\n    alerts(states: [OPEN, ACKNOWLEDGED], first: 100) {\n      ...AlertFields\n    }\n  }\n": typeof types.ActiveAlertsDocument,
    "\n  subscription AlertChanged($locale: String) {\n    alertChanged {\n      change\n      alert {\n        ...AlertFields\n      }\n    }\n  }\n": typeof types.AlertChangedDocument,
    "\n  mutation AcknowledgeAlert($id: ID!, $annotate: Boolean!, $locale: String) {\n    acknowledgeAlert(id: $id, annotate: $annotate) {\n      ...AlertFields\n    }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  mutation ResolveAlert($id: ID!, $locale: String) {\n    resolveAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n": typeof types.ResolveAlertDocument,
    "\n  query MetricAnnotations($key: ID!, $range: RangeInput) {\n    annotations(metricKey: $key, range: $range) {\n      id\n      title\n      description\n      at\n      endAt\n      metricKeys\n      departments\n      createdBy\n      editable\n    }\n  }\n": typeof types.MetricAnnotationsDocument,
    "\n  query WebhookDeliveries($first: Int!) {\n    webhookEndpoints {\n      id\n      name\n      url\n      active\n    }\n    webhookDeliveries(first: $first) {\n      id\n      endpointId\n      eventType\n      state\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateAnnotation($input: AnnotationInput!) {\n    createAnnotation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAnnotationDocument,
    "\n  mutation UpdateAnnotation($id: ID!, $input: AnnotationInput!) {\n    updateAnnotation(id: $id, input: $input) {\n      id\n      title\n      description\n      at\n      endAt\n    }\n  }\n": typeof types.UpdateAnnotationDocument,
    "\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n": typeof types.DeleteAnnotationDocument,
    "\n  query AttentionItems($range: RangeInput, $compare: Comparison!, $locale: String) {\n    attentionItems(range: $range, compare: $compare) {\n      reasons\n      since\n      sinceBeyondHistory\n      kpi {\n        metric {\n          key\n          name(locale: $locale)\n          department\n          owner(locale: $locale)\n          unit {\n            ...UnitFields\n          }\n        }\n        value\n        target {\n          value\n        }\n        attainment\n        status\n        pacing {\n          expected\n          status\n        }\n      }\n    }\n  }\n": typeof types.AttentionItemsDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    objectType\n    objectId\n    objectLabel\n    department\n    metricKey\n    before\n    after\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditActors {\n    users {\n      id\n      name\n      email\n    }\n    apiKeys {\n      id\n      name\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query AuditMetricUnits {\n    metrics {\n      key\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n": typeof types.AuditMetricUnitsDocument,
    "\n  query MetricHistory($key: ID!, $first: Int!) {\n    metric(key: $key) {\n      key\n      unit {\n        ...UnitFields\n      }\n      history(first: $first) {\n        ...AuditEventFields\n      }\n    }\n  }\n": typeof types.MetricHistoryDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n      departments\n      locale\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation UpdateMyPreferences($input: PreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
    "\n  query DemoAccounts {\n    demoAccounts {\n      email\n      password\n      name\n      role\n      departments\n    }\n  }\n": typeof types.DemoAccountsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query DimensionLabels($locale: String) {\n    dimensionLabels {\n      dimension\n      value\n      label(locale: $locale)\n    }\n  }\n": typeof types.DimensionLabelsDocument,
    "\n  query Catalog($locale: String) {\n    metrics {\n      ...CatalogMetricFields\n    }\n  }\n": typeof types.CatalogDocument,
    "\n  fragment CatalogMetricFields on Metric {\n    key\n    name(locale: $locale)\n    description(locale: $locale)\n    department\n    sharedWith\n    unit {\n      ...UnitFields\n    }\n    direction\n    aggregation\n    formula\n    source\n    owner(locale: $locale)\n    ownerUser {\n      id\n      name\n    }\n    reviewCadence\n    expectedIntervalMinutes\n    freshnessIntervalMinutes\n    lastDataAt\n    translations {\n      locale\n      name\n      description\n    }\n    enName: name\n    enDescription: description\n  }\n": typeof types.CatalogMetricFieldsFragmentDoc,
    "\n  query OwnerCandidates {\n    users {\n      id\n      name\n      role\n      disabledAt\n    }\n  }\n": typeof types.OwnerCandidatesDocument,
    "\n  query FormulaPreview($formula: String!) {\n    formulaPreview(formula: $formula) {\n      inputs\n      granularity\n      total\n      points {\n        at\n        value\n      }\n    }\n  }\n": typeof types.FormulaPreviewDocument,
    "\n  mutation CreateMetric($input: MetricInput!, $locale: String) {\n    createMetric(input: $input) {\n      ...CatalogMetricFields\n    }\n  }\n": typeof types.CreateMetricDocument,
    "\n  mutation UpdateMetric($key: ID!, $input: MetricUpdateInput!, $locale: String) {\n    updateMetric(key: $key, input: $input) {\n      ...CatalogMetricFields\n    }\n  }\n": typeof types.UpdateMetricDocument,
    "\n  mutation SetTarget($input: TargetInput!) {\n    setTarget(input: $input) {\n      id\n      metricKey\n      kind\n      value\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n  }\n": typeof types.SetTargetDocument,
    "\n  mutation DeleteTarget($id: ID!) {\n    deleteTarget(id: $id)\n  }\n": typeof types.DeleteTargetDocument,
    "\n  query MetricTargets($key: ID!) {\n    metric(key: $key) {\n      key\n      department\n      sharedWith\n      targets {\n        id\n        kind\n        value\n        tolerance\n        effectiveFrom\n        effectiveTo\n      }\n    }\n  }\n": typeof types.MetricTargetsDocument,
    "\n  query EditableDimensionLabels {\n    dimensionLabels {\n      dimension\n      value\n      en: label\n      es: label(locale: \"es\")\n    }\n  }\n": typeof types.EditableDimensionLabelsDocument,
    "\n  mutation SetDimensionLabel($input: DimensionLabelInput!) {\n    setDimensionLabel(input: $input) {\n      dimension\n      value\n      en: label\n      es: label(locale: \"es\")\n    }\n  }\n": typeof types.SetDimensionLabelDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    name\n    kind\n    department\n    url\n    recipients\n    active\n    locale\n  }\n": typeof types.ChannelFieldsFragmentDoc,
    "\n  query Channels {\n    channels {\n      ...ChannelFields\n    }\n  }\n": typeof types.ChannelsDocument,
    "\n  query ChannelDeliveries($channelId: ID!) {\n    channelDeliveries(channelId: $channelId, first: 20) {\n      id\n      eventType\n      state\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      deliveredAt\n    }\n  }\n": typeof types.ChannelDeliveriesDocument,
    "\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      secret\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n": typeof types.CreateChannelDocument,
    "\n  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n": typeof types.UpdateChannelDocument,
    "\n  mutation DeleteChannel($id: ID!) {\n    deleteChannel(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteChannelDocument,
    "\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n      state\n    }\n  }\n": typeof types.SendTestNotificationDocument,
    "\n  fragment WidgetFields on DashboardWidget {\n    id\n    type\n    title(locale: $locale)\n    metricKeys\n    dimension\n    text\n    goalId\n    workflows\n    range {\n      preset\n      from\n      to\n    }\n    compare\n    x\n    y\n    w\n    h\n  }\n": typeof types.WidgetFieldsFragmentDoc,
    "\n  fragment WidgetDataFields on DashboardWidget {\n    id\n    kpis {\n      ...KpiFields\n      metric {\n        owner(locale: $locale)\n      }\n    }\n    funnel {\n      period {\n        from\n        to\n      }\n      total {\n        ...FunnelGroupFields\n      }\n      groups {\n        ...FunnelGroupFields\n      }\n    }\n    slaBreaches(first: 10) {\n      ...SlaBreachFields\n    }\n    workflowSlaBreaches(first: 10) {\n      ...WorkflowBreachFields\n    }\n    workflowScorecard {\n      workflow\n      metricKey\n      target\n      deadlines {\n        key\n        durationSeconds\n        name(locale: $locale)\n      }\n    }\n    series @include(if: $shared) {\n      ...WidgetSeriesFields\n    }\n    goal {\n      id\n      name\n      ...GoalPacingFields\n    }\n  }\n": typeof types.WidgetDataFieldsFragmentDoc,
    "\n  fragment DashboardEditFields on Dashboard {\n    slug\n    title(locale: $locale)\n    description(locale: $locale)\n    department\n    sharedWith\n    personal\n    version\n    canEdit\n    updatedBy\n    widgets {\n      ...WidgetFields\n    }\n  }\n": typeof types.DashboardEditFieldsFragmentDoc,
    "\n  fragment SavedDashboardFields on DashboardSummary {\n    slug\n    version\n    updatedBy\n  }\n": typeof types.SavedDashboardFieldsFragmentDoc,
    "\n  mutation CreateDashboard($input: DashboardInput!, $department: Department) {\n    createDashboard(input: $input, department: $department) {\n      ...SavedDashboardFields\n    }\n  }\n": typeof types.CreateDashboardDocument,
    "\n  mutation UpdateDashboard($slug: ID!, $baseVersion: Int!, $input: DashboardInput!) {\n    updateDashboard(slug: $slug, baseVersion: $baseVersion, input: $input) {\n      ...SavedDashboardFields\n    }\n  }\n": typeof types.UpdateDashboardDocument,
    "\n  mutation DuplicateDashboard($slug: ID!, $title: String) {\n    duplicateDashboard(slug: $slug, title: $title) {\n      ...SavedDashboardFields\n    }\n  }\n": typeof types.DuplicateDashboardDocument,
    "\n  mutation DeleteDashboard($slug: ID!) {\n    deleteDashboard(slug: $slug)\n  }\n": typeof types.DeleteDashboardDocument,
    "\n  mutation ImportDashboard($document: String!, $department: Department) {\n    importDashboard(document: $document, department: $department) {\n      ...SavedDashboardFields\n    }\n  }\n": typeof types.ImportDashboardDocument,
    "\n  mutation RestoreDashboardVersion($slug: ID!, $version: Int!, $baseVersion: Int!) {\n    restoreDashboardVersion(slug: $slug, version: $version, baseVersion: $baseVersion) {\n      ...SavedDashboardFields\n    }\n  }\n": typeof types.RestoreDashboardVersionDocument,
    "\n  query DashboardVersions($slug: ID!) {\n    dashboardVersions(slug: $slug) {\n      version\n      title\n      summary\n      createdBy\n      createdAt\n      widgetCount\n    }\n  }\n": typeof types.DashboardVersionsDocument,
    "\n  query DashboardExport($slug: ID!) {\n    dashboardExport(slug: $slug)\n  }\n": typeof types.DashboardExportDocument,
    "\n  query WidgetCatalog($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n      dimensions\n    }\n  }\n": typeof types.WidgetCatalogDocument,
    "\n  query WidgetGoals($locale: String) {\n    goalPlan {\n      id\n      name\n      metric {\n        key\n        name(locale: $locale)\n      }\n    }\n  }\n": typeof types.WidgetGoalsDocument,
    "\n  fragment WidgetSeriesFields on Series {\n    granularity\n    groupBy\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n    }\n    groups {\n      key\n      total\n      points {\n        at\n        value\n      }\n    }\n    comparison {\n      at\n      value\n    }\n  }\n": typeof types.WidgetSeriesFieldsFragmentDoc,
    "\n  query WidgetSeries($key: ID!, $range: RangeInput, $compare: Comparison, $groupBy: String, $locale: String) {\n    series(key: $key, range: $range, compare: $compare, groupBy: $groupBy) {\n      ...WidgetSeriesFields\n    }\n  }\n": typeof types.WidgetSeriesDocument,
    "\n  query WidgetKpiDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpi(key: $key, range: $range, compare: $compare) {\n      ...KpiDetailFields\n    }\n  }\n": typeof types.WidgetKpiDetailDocument,
    "\n  query SharedSeriesKpis($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    dashboard(slug: $slug, range: $range, compare: $compare) {\n      widgets {\n        id\n        seriesKpis {\n          ...KpiDetailFields\n        }\n      }\n    }\n  }\n": typeof types.SharedSeriesKpisDocument,
    "\n  query EditorKpis($keys: [ID!]!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpis(keys: $keys, range: $range, compare: $compare) {\n      ...KpiFields\n      metric {\n        owner(locale: $locale)\n      }\n    }\n  }\n": typeof types.EditorKpisDocument,
    "\n  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String, $shared: Boolean! = false) {\n    dashboard(slug: $slug, range: $range, compare: $compare, filter: $filter) {\n      ...DashboardEditFields\n      dimensions\n      unfilteredMetricKeys\n      widgets {\n        ...WidgetDataFields\n      }\n      kpis {\n        ...KpiFields\n        metric {\n          owner(locale: $locale)\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Dashboards($locale: String) {\n    dashboards {\n      slug\n      title(locale: $locale)\n      department\n      sharedWith\n      personal\n      canEdit\n    }\n  }\n": typeof types.DashboardsDocument,
    "\n  fragment KpiFields on Kpi {\n    metric {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        ...UnitFields\n      }\n      direction\n      aggregation\n      formula\n    }\n    period {\n      from\n      to\n    }\n    comparisonPeriod {\n      from\n      to\n    }\n    value\n    comparisonValue\n    change\n    changeRatio\n    target {\n      id\n      kind\n      value\n      baseline\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n    attainment\n    status\n    trend {\n      at\n      value\n    }\n    trendGranularity\n    lastUpdatedAt\n    staleSince\n    pacing {\n      goal {\n        id\n        name\n      }\n      expected\n      projectedAtEnd\n      status\n    }\n    forecast {\n      targetValue\n      projectedTargetDate\n    }\n  }\n": typeof types.KpiFieldsFragmentDoc,
    "\n  query MyDigests($dashboardSlug: String!) {\n    myDigestSubscriptions(dashboardSlug: $dashboardSlug) {\n      id\n      cadence\n      webhookEndpointId\n      userId\n    }\n  }\n": typeof types.MyDigestsDocument,
    "\n  query DigestChannels {\n    channels {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.DigestChannelsDocument,
    "\n  mutation SubscribeToDigest($input: DigestSignupInput!) {\n    subscribeToDigest(input: $input) {\n      id\n    }\n  }\n": typeof types.SubscribeToDigestDocument,
    "\n  mutation DeleteDigestSubscription($id: ID!) {\n    deleteDigestSubscription(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteDigestSubscriptionDocument,
    "\n  mutation RunDigest($subscriptionId: ID!) {\n    runDigest(subscriptionId: $subscriptionId) {\n      id\n    }\n  }\n": typeof types.RunDigestDocument,
    "\n  fragment GoalPacingFields on Goal {\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n    progress {\n      at\n      expected\n      actual\n      projectedAtEnd\n      status\n    }\n  }\n": typeof types.GoalPacingFieldsFragmentDoc,
    "\n  query GoalPlan($locale: String) {\n    goalPlan {\n      id\n      name\n      parentId\n      department\n      owner\n      shape\n      startValue\n      startAt\n      endValue\n      endAt\n      milestones {\n        at\n        value\n      }\n      editable\n      ...GoalPacingFields\n      metric {\n        department\n        direction\n      }\n      progress {\n        trajectory {\n          at\n          value\n        }\n        actuals {\n          at\n          value\n        }\n      }\n    }\n  }\n": typeof types.GoalPlanDocument,
    "\n  query GoalMetrics($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n      sharedWith\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n": typeof types.GoalMetricsDocument,
    "\n  mutation SetGoal($input: GoalInput!) {\n    setGoal(input: $input) {\n      id\n    }\n  }\n": typeof types.SetGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": typeof types.DeleteGoalDocument,
    "\n  fragment FileImportFields on FileImport {\n    id\n    fileName\n    state\n    rowsTotal\n    rowsDone\n    rowsWritten\n    rowsRejected\n    error\n    errorCode\n    errorParams\n    createdByName\n    createdAt\n    startedAt\n    finishedAt\n  }\n": typeof types.FileImportFieldsFragmentDoc,
    "\n  fragment SavedImportMappingFields on SavedImportMapping {\n    id\n    name\n    mapping {\n      kind\n      metricKey\n      metricColumn\n      timestampColumn\n      timestampFormat\n      timeZone\n      valueColumn\n      dimensionColumns\n      leadColumns {\n        field\n        column\n      }\n      leadSignals {\n        name\n        column\n      }\n      delimiter\n    }\n  }\n": typeof types.SavedImportMappingFieldsFragmentDoc,
    "\n  query Imports($locale: String) {\n    fileImports(first: 50) {\n      ...FileImportFields\n    }\n    importMappings {\n      ...SavedImportMappingFields\n    }\n    metrics {\n      key\n      name(locale: $locale)\n      formula\n      source\n    }\n  }\n": typeof types.ImportsDocument,
    "\n  mutation CreateImportMapping($name: String!, $mapping: ImportColumnMappingInput!) {\n    createImportMapping(name: $name, mapping: $mapping) {\n      ...SavedImportMappingFields\n    }\n  }\n": typeof types.CreateImportMappingDocument,
    "\n  mutation DeleteImportMapping($id: ID!) {\n    deleteImportMapping(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteImportMappingDocument,
    "\n  subscription FileImportProgressed($id: ID!) {\n    fileImportProgressed(id: $id) {\n      ...FileImportFields\n    }\n  }\n": typeof types.FileImportProgressedDocument,
    "\n  fragment InitiativeFields on Initiative {\n    id\n    key\n    name(locale: $locale)\n    department\n    owner {\n      id\n      name\n    }\n    costCategory\n    startDate\n    plannedInvestment\n    expectedAnnualSaving\n    metricKeys\n    spentToDate\n    savedToDate\n    planned {\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n    actual {\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n    editable\n  }\n": typeof types.InitiativeFieldsFragmentDoc,
    "\n  query Initiatives($locale: String) {\n    initiatives {\n      ...InitiativeFields\n    }\n    initiativePortfolio {\n      totalInvestment\n      totalExpectedSaving\n      totalSpentToDate\n      totalSavedToDate\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n  }\n": typeof types.InitiativesDocument,
    "\n  query InitiativeChoices($locale: String) {\n    initiativeOwnerChoices {\n      id\n      name\n    }\n    metrics {\n      key\n      name(locale: $locale)\n    }\n  }\n": typeof types.InitiativeChoicesDocument,
    "\n  mutation CreateInitiative($input: InitiativeInput!, $locale: String) {\n    createInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n": typeof types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!, $locale: String) {\n    updateInitiative(id: $id, input: $input) {\n      ...InitiativeFields\n    }\n  }\n": typeof types.UpdateInitiativeDocument,
    "\n  mutation DeleteInitiative($id: ID!) {\n    deleteInitiative(id: $id)\n  }\n": typeof types.DeleteInitiativeDocument,
    "\n  query PlanProjection($locale: String) {\n    planProjection {\n      id\n      startValue\n      endValue\n      endAt\n      milestones {\n        at\n        value\n      }\n      ...GoalPacingFields\n    }\n  }\n": typeof types.PlanProjectionDocument,
    "\n  fragment ChecklistItemFields on ChecklistItem {\n    id\n    goalId\n    goalName\n    title(locale: $locale)\n    owner {\n      id\n      name\n    }\n    dueDate\n    target\n    metricKey\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n    metricValue\n    progress\n    complete\n    doneAt\n    overdue\n    editable\n  }\n": typeof types.ChecklistItemFieldsFragmentDoc,
    "\n  query ChecklistItems($locale: String) {\n    checklistItems {\n      ...ChecklistItemFields\n    }\n  }\n": typeof types.ChecklistItemsDocument,
    "\n  mutation CreateChecklistItem($input: ChecklistItemInput!, $locale: String) {\n    createChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": typeof types.CreateChecklistItemDocument,
    "\n  mutation UpdateChecklistItem($id: ID!, $input: ChecklistItemInput!, $locale: String) {\n    updateChecklistItem(id: $id, input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": typeof types.UpdateChecklistItemDocument,
    "\n  mutation TickChecklistItem($id: ID!, $done: Boolean!, $locale: String) {\n    tickChecklistItem(id: $id, done: $done) {\n      ...ChecklistItemFields\n    }\n  }\n": typeof types.TickChecklistItemDocument,
    "\n  mutation DeleteChecklistItem($id: ID!) {\n    deleteChecklistItem(id: $id)\n  }\n": typeof types.DeleteChecklistItemDocument,
    "\n  query ChecklistGoals {\n    goalPlan {\n      id\n      name\n      startAt\n    }\n  }\n": typeof types.ChecklistGoalsDocument,
    "\n  query RaciMatrices {\n    raciMatrices {\n      process\n      editable\n      accountableOwner {\n        id\n        name\n      }\n      steps {\n        id\n        step\n        responsible {\n          id\n          name\n        }\n        accountable {\n          id\n          name\n        }\n        consulted {\n          id\n          name\n        }\n        informed {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RaciMatricesDocument,
    "\n  mutation UpdateRaciStep($id: ID!, $input: RaciStepInput!) {\n    updateRaciStep(id: $id, input: $input) {\n      process\n    }\n  }\n": typeof types.UpdateRaciStepDocument,
    "\n  subscription KpiUpdated($dashboard: ID, $widget: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    kpiUpdated(dashboard: $dashboard, widget: $widget, keys: $keys, range: $range, compare: $compare, filter: $filter) {\n      ...KpiFields\n    }\n  }\n": typeof types.KpiUpdatedDocument,
    "\n  query MetricDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      sharedWith\n      unit {\n        ...UnitFields\n      }\n      direction\n      aggregation\n      formula\n      source\n      inputs\n      owner(locale: $locale)\n      reviewCadence\n      dimensions\n      domain {\n        min\n        max\n      }\n    }\n    kpi(key: $key, range: $range, compare: $compare, filter: $filter) {\n      ...KpiDetailFields\n    }\n  }\n": typeof types.MetricDetailDocument,
    "\n  fragment KpiDetailFields on Kpi {\n    ...KpiFields\n    pacing {\n      trajectory {\n        at\n        value\n      }\n    }\n    forecast {\n      granularity\n      points {\n        at\n        value\n        lower\n        upper\n      }\n    }\n  }\n": typeof types.KpiDetailFieldsFragmentDoc,
    "\n  subscription MetricKpiUpdated($keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpiUpdated(keys: $keys, range: $range, compare: $compare) {\n      ...KpiDetailFields\n    }\n  }\n": typeof types.MetricKpiUpdatedDocument,
    "\n  query MetricSeries(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $compare: Comparison\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, compare: $compare) {\n      granularity\n      period {\n        from\n        to\n      }\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n      comparison {\n        at\n        value\n      }\n      comparisonPeriod {\n        from\n        to\n      }\n    }\n  }\n": typeof types.MetricSeriesDocument,
    "\n  query MetricBreakdown(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $groupBy: String!\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, groupBy: $groupBy) {\n      groupBy\n      granularity\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n    }\n  }\n": typeof types.MetricBreakdownDocument,
    "\n  query Observations($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!], $first: Int!, $after: String) {\n    observations(key: $key, range: $range, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          metricKey\n          at\n          value\n          dimensions\n          source\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ObservationsDocument,
    "\n  query MetricUnit($key: ID!, $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n": typeof types.MetricUnitDocument,
    "\n  query MyOpenReviewCount {\n    myOpenReviewCount\n  }\n": typeof types.MyOpenReviewCountDocument,
    "\n  fragment ReviewActionItemFields on ReviewActionItem {\n    id\n    reviewId\n    metricKey\n    metric {\n      key\n      name(locale: $locale)\n    }\n    owner {\n      id\n      name\n    }\n    dueDate\n    text\n    doneAt\n    overdue\n  }\n": typeof types.ReviewActionItemFieldsFragmentDoc,
    "\n  fragment ReviewSummaryFields on Review {\n    id\n    subjectKind\n    subjectKey\n    subjectName(locale: $locale)\n    cadence\n    owner {\n      id\n      name\n    }\n    periodFrom\n    periodTo\n    dueBy\n    completedAt\n    overdue\n  }\n": typeof types.ReviewSummaryFieldsFragmentDoc,
    "\n  query ReviewBoard($locale: String) {\n    reviewBoard {\n      overdue {\n        ...ReviewSummaryFields\n      }\n      open {\n        ...ReviewSummaryFields\n      }\n      recentlyCompleted {\n        ...ReviewSummaryFields\n        completedBy {\n          id\n          name\n        }\n      }\n      actionItemsByOwner {\n        owner {\n          id\n          name\n        }\n        items {\n          ...ReviewActionItemFields\n        }\n      }\n    }\n  }\n": typeof types.ReviewBoardDocument,
    "\n  query Review($id: ID!, $locale: String) {\n    review(id: $id) {\n      ...ReviewSummaryFields\n      editable\n      completedBy {\n        id\n        name\n      }\n      kpis {\n        metricKey\n        metric {\n          key\n          name(locale: $locale)\n          unit {\n            kind\n            currency\n            scaleMin\n            scaleMax\n          }\n          direction\n        }\n        value\n        target\n        status\n        change\n        changeRatio\n        paceStatus\n        comment\n        needsComment\n      }\n      actionItems {\n        ...ReviewActionItemFields\n      }\n      carriedActionItems {\n        ...ReviewActionItemFields\n      }\n    }\n    reviewPeople {\n      id\n      name\n    }\n  }\n": typeof types.ReviewDocument,
    "\n  query MetricActionItems($metricKey: ID!, $locale: String) {\n    metricActionItems(metricKey: $metricKey) {\n      ...ReviewActionItemFields\n    }\n  }\n": typeof types.MetricActionItemsDocument,
    "\n  mutation CommentReviewKpi($reviewId: ID!, $metricKey: ID!, $comment: String!) {\n    commentReviewKpi(reviewId: $reviewId, metricKey: $metricKey, comment: $comment) {\n      metricKey\n      comment\n      needsComment\n    }\n  }\n": typeof types.CommentReviewKpiDocument,
    "\n  mutation AddReviewActionItem($input: ReviewActionItemInput!, $locale: String) {\n    addReviewActionItem(input: $input) {\n      ...ReviewActionItemFields\n    }\n  }\n": typeof types.AddReviewActionItemDocument,
    "\n  mutation SetReviewActionItemDone($id: ID!, $done: Boolean!, $locale: String) {\n    setReviewActionItemDone(id: $id, done: $done) {\n      ...ReviewActionItemFields\n    }\n  }\n": typeof types.SetReviewActionItemDoneDocument,
    "\n  mutation CompleteReview($id: ID!, $locale: String) {\n    completeReview(id: $id) {\n      ...ReviewSummaryFields\n      editable\n    }\n  }\n": typeof types.CompleteReviewDocument,
    "\n  query DashboardReviewSettings($slug: ID!) {\n    dashboardReviewSettings(slug: $slug) {\n      slug\n      owner {\n        id\n        name\n      }\n      cadence\n    }\n    reviewPeople {\n      id\n      name\n    }\n  }\n": typeof types.DashboardReviewSettingsDocument,
    "\n  mutation SetDashboardReview($slug: ID!, $ownerUserId: ID, $cadence: ReviewCadence) {\n    setDashboardReview(slug: $slug, ownerUserId: $ownerUserId, cadence: $cadence) {\n      slug\n      owner {\n        id\n        name\n      }\n      cadence\n    }\n  }\n": typeof types.SetDashboardReviewDocument,
    "\n  fragment LeadRow on Lead {\n    id\n    name\n    company\n    channel\n    campaign\n    region\n    segment\n    status\n    score\n    createdAt\n    owner {\n      key\n      name\n    }\n  }\n": typeof types.LeadRowFragmentDoc,
    "\n  query Funnel($range: RangeInput) {\n    funnel(range: $range, groupBy: \"channel\") {\n      period {\n        from\n        to\n      }\n      total {\n        ...FunnelGroupFields\n      }\n      groups {\n        ...FunnelGroupFields\n      }\n    }\n  }\n\n  fragment FunnelGroupFields on FunnelGroup {\n    key\n    stages {\n      status\n      entered\n      conversion\n      medianHoursInStage\n    }\n    responseTime {\n      contacted\n      medianHours\n      p90Hours\n    }\n    winRate\n  }\n": typeof types.FunnelDocument,
    "\n  fragment SlaBreachFields on SlaBreach {\n    id\n    dueAt\n    startedAt\n    policy {\n      key\n      name(locale: $locale)\n    }\n    lead {\n      ...LeadRow\n    }\n  }\n": typeof types.SlaBreachFieldsFragmentDoc,
    "\n  query SlaBreaches($range: RangeInput, $locale: String) {\n    slaBreaches(range: $range, first: 20) {\n      ...SlaBreachFields\n    }\n  }\n": typeof types.SlaBreachesDocument,
    "\n  subscription SlaBreached($locale: String) {\n    slaBreached {\n      ...SlaBreachFields\n    }\n  }\n": typeof types.SlaBreachedDocument,
    "\n  query Leads($filter: LeadFilterInput, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...LeadRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  query Lead($id: ID!, $locale: String) {\n    lead(id: $id) {\n      ...LeadRow\n      externalId\n      email\n      companySize\n      statusChangedAt\n      firstContactAt\n      scoreBreakdown {\n        rule\n        name\n        category\n        points\n      }\n      opportunity {\n        amount\n        currency\n        stage\n        openedAt\n        expectedCloseAt\n        closedAt\n        closeReason\n      }\n      slaClocks {\n        id\n        state\n        startedAt\n        dueAt\n        metAt\n        policy {\n          key\n          name(locale: $locale)\n        }\n      }\n      journey {\n        id\n        at\n        kind\n        fromStatus\n        toStatus\n        actor\n        actorName\n        assigneeName\n        reason\n        repKey\n        details\n        contributions {\n          metricKey\n          value\n        }\n      }\n    }\n  }\n": typeof types.LeadDocument,
    "\n  subscription LeadChanged($id: ID) {\n    leadChanged(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.LeadChangedDocument,
    "\n  fragment AlertRuleFields on AlertRule {\n    id\n    name\n    metricKey\n    metricName(locale: $locale)\n    kind\n    granularity\n    owner\n    ownerUserId\n    channelIds\n    active\n    firing\n    params {\n      threshold\n      side\n      band\n      changeRatio\n      clearAfter\n    }\n  }\n": typeof types.AlertRuleFieldsFragmentDoc,
    "\n  query AlertRules($metricKey: ID, $locale: String) {\n    alertRules(metricKey: $metricKey) {\n      ...AlertRuleFields\n    }\n  }\n": typeof types.AlertRulesDocument,
    "\n  query RuleFormOptions($metricKey: ID!, $locale: String) {\n    metric(key: $metricKey) {\n      key\n      name(locale: $locale)\n      department\n      unit {\n        ...UnitFields\n      }\n    }\n    alertRuleOwnerCandidates(metricKey: $metricKey) {\n      id\n      name\n      email\n    }\n    channels {\n      id\n      name\n      kind\n      department\n    }\n  }\n": typeof types.RuleFormOptionsDocument,
    "\n  query RuleMetrics($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n    }\n  }\n": typeof types.RuleMetricsDocument,
    "\n  query AlertRuleBacktest($input: AlertRuleInput!) {\n    alertRuleBacktest(input: $input) {\n      from\n      to\n      granularity\n      fired\n      firingAtEnd\n      events {\n        transition\n        at\n        value\n        reference\n      }\n      points {\n        at\n        value\n      }\n    }\n  }\n": typeof types.AlertRuleBacktestDocument,
    "\n  mutation CreateAlertRule($input: AlertRuleInput!, $locale: String) {\n    createAlertRule(input: $input) {\n      ...AlertRuleFields\n    }\n  }\n": typeof types.CreateAlertRuleDocument,
    "\n  mutation UpdateAlertRule($id: ID!, $input: AlertRuleInput!, $locale: String) {\n    updateAlertRule(id: $id, input: $input) {\n      ...AlertRuleFields\n    }\n  }\n": typeof types.UpdateAlertRuleDocument,
    "\n  mutation SetAlertRuleActive($id: ID!, $active: Boolean!, $locale: String) {\n    setAlertRuleActive(id: $id, active: $active) {\n      ...AlertRuleFields\n    }\n  }\n": typeof types.SetAlertRuleActiveDocument,
    "\n  mutation DeleteAlertRule($id: ID!) {\n    deleteAlertRule(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteAlertRuleDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    dashboardSlug\n    label\n    expiresAt\n    revokedAt\n    status\n    createdByName\n    createdAt\n  }\n": typeof types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks($dashboardSlug: ID!) {\n    shareLinks(dashboardSlug: $dashboardSlug) {\n      ...ShareLinkFields\n    }\n  }\n": typeof types.ShareLinksDocument,
    "\n  mutation CreateShareLink($input: ShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n": typeof types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n": typeof types.RevokeShareLinkDocument,
    "\n  query SharedDashboard {\n    sharedDashboard {\n      slug\n    }\n  }\n": typeof types.SharedDashboardDocument,
    "\n  fragment SqlConnectionFields on SqlConnection {\n    id\n    name\n    host\n    database\n  }\n": typeof types.SqlConnectionFieldsFragmentDoc,
    "\n  fragment SqlSourceFields on SqlSource {\n    metricKey\n    connectionId\n    query\n    timeColumn\n    valueColumn\n    dimensionColumns\n    everyMinutes\n    cron\n    intervalMinutes\n    active\n    watermark\n    nextRunAt\n    lastSyncAt\n    lastError\n    consecutiveFailures\n    status\n  }\n": typeof types.SqlSourceFieldsFragmentDoc,
    "\n  query Sources($locale: String) {\n    sqlConnections {\n      ...SqlConnectionFields\n    }\n    sqlSources {\n      ...SqlSourceFields\n    }\n    metrics {\n      key\n      name(locale: $locale)\n      formula\n      source\n    }\n  }\n": typeof types.SourcesDocument,
    "\n  query SqlSyncRuns($metricKey: ID!) {\n    sqlSyncRuns(metricKey: $metricKey, first: 20) {\n      id\n      startedAt\n      durationMs\n      rowsRead\n      pointsWritten\n      error\n      errorField\n    }\n  }\n": typeof types.SqlSyncRunsDocument,
    "\n  query SqlQueryPreview($input: SqlSourceInput!) {\n    sqlQueryPreview(input: $input) {\n      columns {\n        name\n        type\n      }\n      rows {\n        cells\n      }\n      points {\n        at\n        value\n        dimensions {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.SqlQueryPreviewDocument,
    "\n  mutation CreateSqlConnection($input: SqlConnectionInput!) {\n    createSqlConnection(input: $input) {\n      ...SqlConnectionFields\n    }\n  }\n": typeof types.CreateSqlConnectionDocument,
    "\n  mutation UpdateSqlConnection($id: ID!, $input: SqlConnectionInput!) {\n    updateSqlConnection(id: $id, input: $input) {\n      ...SqlConnectionFields\n    }\n  }\n": typeof types.UpdateSqlConnectionDocument,
    "\n  mutation DeleteSqlConnection($id: ID!) {\n    deleteSqlConnection(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteSqlConnectionDocument,
    "\n  mutation TestSqlConnection($connectionId: ID, $connectionString: String) {\n    testSqlConnection(connectionId: $connectionId, connectionString: $connectionString) {\n      ok\n      message\n    }\n  }\n": typeof types.TestSqlConnectionDocument,
    "\n  mutation SaveSqlSource($input: SqlSourceInput!) {\n    saveSqlSource(input: $input) {\n      ...SqlSourceFields\n    }\n  }\n": typeof types.SaveSqlSourceDocument,
    "\n  mutation DeleteSqlSource($metricKey: ID!) {\n    deleteSqlSource(metricKey: $metricKey) {\n      metricKey\n    }\n  }\n": typeof types.DeleteSqlSourceDocument,
    "\n  mutation SyncSqlSource($metricKey: ID!) {\n    syncSqlSource(metricKey: $metricKey)\n  }\n": typeof types.SyncSqlSourceDocument,
    "\n  query WorkflowRecord($id: ID!, $locale: String) {\n    workflowRecord(id: $id) {\n      id\n      workflow\n      externalId\n      title\n      account\n      segment\n      priority\n      category\n      state\n      owner\n      renewalDate\n      amount\n      openedAt\n      stateChangedAt\n      slaClocks {\n        id\n        state\n        startedAt\n        dueAt\n        metAt\n        policy {\n          key\n          name(locale: $locale)\n          target\n        }\n      }\n      journey {\n        id\n        at\n        kind\n        fromState\n        toState\n        actor\n        reason\n        contributions {\n          metricKey\n          value\n        }\n      }\n    }\n  }\n": typeof types.WorkflowRecordDocument,
    "\n  subscription WorkflowRecordChanged($id: ID) {\n    workflowRecordChanged(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.WorkflowRecordChangedDocument,
    "\n  fragment WorkflowBreachFields on WorkflowSlaBreach {\n    id\n    dueAt\n    policy {\n      key\n      name(locale: $locale)\n    }\n    record {\n      id\n      workflow\n      externalId\n      title\n      account\n      state\n    }\n  }\n": typeof types.WorkflowBreachFieldsFragmentDoc,
    "\n  subscription WorkflowSlaBreached($workflows: [Workflow!], $locale: String) {\n    workflowSlaBreached(workflows: $workflows) {\n      ...WorkflowBreachFields\n    }\n  }\n": typeof types.WorkflowSlaBreachedDocument,
    "\n  query WorkflowMetrics($locale: String) {\n    metrics(department: CUSTOMER_SUCCESS) {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n": typeof types.WorkflowMetricsDocument,
    "\n  fragment UnitFields on Unit {\n    kind\n    currency\n    scaleMin\n    scaleMax\n  }\n": typeof types.UnitFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query Organization {\n    organization {\n      name\n      timeZone\n      currency\n    }\n  }\n": types.OrganizationDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    departments\n    disabledAt\n    createdAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...UserFields\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation InviteUser($input: UserInviteInput!) {\n    inviteUser(input: $input) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    department\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query AdminApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.AdminApiKeysDocument,
    "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AdminSlaPolicies($locale: String) {\n    slaPolicies {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      durationSeconds\n      active\n      startsOn\n      metBy\n    }\n  }\n": types.AdminSlaPoliciesDocument,
    "\n  mutation UpdateSlaPolicy($key: ID!, $input: SlaPolicyUpdateInput!) {\n    updateSlaPolicy(key: $key, input: $input) {\n      key\n      durationSeconds\n      active\n    }\n  }\n": types.UpdateSlaPolicyDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      expiresAt\n    }\n  }\n": types.SetPasswordDocument,
    "\n  mutation UpdateOrganization($input: OrganizationInput!) {\n    updateOrganization(input: $input) {\n      name\n      timeZone\n      currency\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  fragment AlertFields on Alert {\n    id\n    metricKey\n    metricName(locale: $locale)\n    kind\n    state\n    owner(locale: $locale)\n    value\n    reference\n    explanation(locale: $locale)\n    raisedAt\n    acknowledgedBy\n    acknowledgedAt\n    resolvedBy\n    resolvedAt\n    annotationId\n    contributions {\n      dimension\n      value\n      share\n    }\n    rule {\n      id\n      name\n    }\n  }\n": types.AlertFieldsFragmentDoc,
    "\n  query ActiveAlerts($locale: String) {\n    alerts(states: [OPEN, ACKNOWLEDGED], first: 100) {\n      ...AlertFields\n    }\n  }\n": types.ActiveAlertsDocument,
    "\n  subscription AlertChanged($locale: String) {\n    alertChanged {\n      change\n      alert {\n        ...AlertFields\n      }\n    }\n  }\n": types.AlertChangedDocument,
    "\n  mutation AcknowledgeAlert($id: ID!, $annotate: Boolean!, $locale: String) {\n    acknowledgeAlert(id: $id, annotate: $annotate) {\n      ...AlertFields\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  mutation ResolveAlert($id: ID!, $locale: String) {\n    resolveAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n": types.ResolveAlertDocument,
    "\n  query MetricAnnotations($key: ID!, $range: RangeInput) {\n    annotations(metricKey: $key, range: $range) {\n      id\n      title\n      description\n      at\n      endAt\n      metricKeys\n      departments\n      createdBy\n      editable\n    }\n  }\n": types.MetricAnnotationsDocument,
    "\n  query WebhookDeliveries($first: Int!) {\n    webhookEndpoints {\n      id\n      name\n      url\n      active\n    }\n    webhookDeliveries(first: $first) {\n      id\n      endpointId\n      eventType\n      state\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateAnnotation($input: AnnotationInput!) {\n    createAnnotation(input: $input) {\n      id\n    }\n  }\n": types.CreateAnnotationDocument,
    "\n  mutation UpdateAnnotation($id: ID!, $input: AnnotationInput!) {\n    updateAnnotation(id: $id, input: $input) {\n      id\n      title\n      description\n      at\n      endAt\n    }\n  }\n": types.UpdateAnnotationDocument,
    "\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n": types.DeleteAnnotationDocument,
    "\n  query AttentionItems($range: RangeInput, $compare: Comparison!, $locale: String) {\n    attentionItems(range: $range, compare: $compare) {\n      reasons\n      since\n      sinceBeyondHistory\n      kpi {\n        metric {\n          key\n          name(locale: $locale)\n          department\n          owner(locale: $locale)\n          unit {\n            ...UnitFields\n          }\n        }\n        value\n        target {\n          value\n        }\n        attainment\n        status\n        pacing {\n          expected\n          status\n        }\n      }\n    }\n  }\n": types.AttentionItemsDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    objectType\n    objectId\n    objectLabel\n    department\n    metricKey\n    before\n    after\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditActors {\n    users {\n      id\n      name\n      email\n    }\n    apiKeys {\n      id\n      name\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query AuditMetricUnits {\n    metrics {\n      key\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n": types.AuditMetricUnitsDocument,
    "\n  query MetricHistory($key: ID!, $first: Int!) {\n    metric(key: $key) {\n      key\n      unit {\n        ...UnitFields\n      }\n      history(first: $first) {\n        ...AuditEventFields\n      }\n    }\n  }\n": types.MetricHistoryDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n      departments\n      locale\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation UpdateMyPreferences($input: PreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyPreferencesDocument,
    "\n  query DemoAccounts {\n    demoAccounts {\n      email\n      password\n      name\n      role\n      departments\n    }\n  }\n": types.DemoAccountsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query DimensionLabels($locale: String) {\n    dimensionLabels {\n      dimension\n      value\n      label(locale: $locale)\n    }\n  }\n": types.DimensionLabelsDocument,
    "\n  query Catalog($locale: String) {\n    metrics {\n      ...CatalogMetricFields\n    }\n  }\n": types.CatalogDocument,
    "\n  fragment CatalogMetricFields on Metric {\n    key\n    name(locale: $locale)\n    description(locale: $locale)\n    department\n    sharedWith\n    unit {\n      ...UnitFields\n    }\n    direction\n    aggregation\n    formula\n    source\n    owner(locale: $locale)\n    ownerUser {\n      id\n      name\n    }\n    reviewCadence\n    expectedIntervalMinutes\n    freshnessIntervalMinutes\n    lastDataAt\n    translations {\n      locale\n      name\n      description\n    }\n    enName: name\n    enDescription: description\n  }\n": types.CatalogMetricFieldsFragmentDoc,
    "\n  query OwnerCandidates {\n    users {\n      id\n      name\n      role\n      disabledAt\n    }\n  }\n": types.OwnerCandidatesDocument,
    "\n  query FormulaPreview($formula: String!) {\n    formulaPreview(formula: $formula) {\n      inputs\n      granularity\n      total\n      points {\n        at\n        value\n      }\n    }\n  }\n": types.FormulaPreviewDocument,
    "\n  mutation CreateMetric($input: MetricInput!, $locale: String) {\n    createMetric(input: $input) {\n      ...CatalogMetricFields\n    }\n  }\n": types.CreateMetricDocument,
    "\n  mutation UpdateMetric($key: ID!, $input: MetricUpdateInput!, $locale: String) {\n    updateMetric(key: $key, input: $input) {\n      ...CatalogMetricFields\n    }\n  }\n": types.UpdateMetricDocument,
    "\n  mutation SetTarget($input: TargetInput!) {\n    setTarget(input: $input) {\n      id\n      metricKey\n      kind\n      value\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n  }\n": types.SetTargetDocument,
    "\n  mutation DeleteTarget($id: ID!) {\n    deleteTarget(id: $id)\n  }\n": types.DeleteTargetDocument,
    "\n  query MetricTargets($key: ID!) {\n    metric(key: $key) {\n      key\n      department\n      sharedWith\n      targets {\n        id\n        kind\n        value\n        tolerance\n        effectiveFrom\n        effectiveTo\n      }\n    }\n  }\n": types.MetricTargetsDocument,
    "\n  query EditableDimensionLabels {\n    dimensionLabels {\n      dimension\n      value\n      en: label\n      es: label(locale: \"es\")\n    }\n  }\n": types.EditableDimensionLabelsDocument,
    "\n  mutation SetDimensionLabel($input: DimensionLabelInput!) {\n    setDimensionLabel(input: $input) {\n      dimension\n      value\n      en: label\n      es: label(locale: \"es\")\n    }\n  }\n": types.SetDimensionLabelDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    name\n    kind\n    department\n    url\n    recipients\n    active\n    locale\n  }\n": types.ChannelFieldsFragmentDoc,
    "\n  query Channels {\n    channels {\n      ...ChannelFields\n    }\n  }\n": types.ChannelsDocument,
    "\n  query ChannelDeliveries($channelId: ID!) {\n    channelDeliveries(channelId: $channelId, first: 20) {\n      id\n      eventType\n      state\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      deliveredAt\n    }\n  }\n": types.ChannelDeliveriesDocument,
    "\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      secret\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n": types.CreateChannelDocument,
    "\n  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n": types.UpdateChannelDocument,
    "\n  mutation DeleteChannel($id: ID!) {\n    deleteChannel(id: $id) {\n      id\n    }\n  }\n": types.DeleteChannelDocument,
    "\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n      state\n    }\n  }\n": types.SendTestNotificationDocument,
    "\n  fragment WidgetFields on DashboardWidget {\n    id\n    type\n    title(locale: $locale)\n    metricKeys\n    dimension\n    text\n    goalId\n    workflows\n    range {\n      preset\n      from\n      to\n    }\n    compare\n    x\n    y\n    w\n    h\n  }\n": types.WidgetFieldsFragmentDoc,
    "\n  fragment WidgetDataFields on DashboardWidget {\n    id\n    kpis {\n      ...KpiFields\n      metric {\n        owner(locale: $locale)\n      }\n    }\n    funnel {\n      period {\n        from\n        to\n      }\n      total {\n        ...FunnelGroupFields\n      }\n      groups {\n        ...FunnelGroupFields\n      }\n    }\n    slaBreaches(first: 10) {\n      ...SlaBreachFields\n    }\n    workflowSlaBreaches(first: 10) {\n      ...WorkflowBreachFields\n    }\n    workflowScorecard {\n      workflow\n      metricKey\n      target\n      deadlines {\n        key\n        durationSeconds\n        name(locale: $locale)\n      }\n    }\n    series @include(if: $shared) {\n      ...WidgetSeriesFields\n    }\n    goal {\n      id\n      name\n      ...GoalPacingFields\n    }\n  }\n": types.WidgetDataFieldsFragmentDoc,
    "\n  fragment DashboardEditFields on Dashboard {\n    slug\n    title(locale: $locale)\n    description(locale: $locale)\n    department\n    sharedWith\n    personal\n    version\n    canEdit\n    updatedBy\n    widgets {\n      ...WidgetFields\n    }\n  }\n": types.DashboardEditFieldsFragmentDoc,
    "\n  fragment SavedDashboardFields on DashboardSummary {\n    slug\n    version\n    updatedBy\n  }\n": types.SavedDashboardFieldsFragmentDoc,
    "\n  mutation CreateDashboard($input: DashboardInput!, $department: Department) {\n    createDashboard(input: $input, department: $department) {\n      ...SavedDashboardFields\n    }\n  }\n": types.CreateDashboardDocument,
    "\n  mutation UpdateDashboard($slug: ID!, $baseVersion: Int!, $input: DashboardInput!) {\n    updateDashboard(slug: $slug, baseVersion: $baseVersion, input: $input) {\n      ...SavedDashboardFields\n    }\n  }\n": types.UpdateDashboardDocument,
    "\n  mutation DuplicateDashboard($slug: ID!, $title: String) {\n    duplicateDashboard(slug: $slug, title: $title) {\n      ...SavedDashboardFields\n    }\n  }\n": types.DuplicateDashboardDocument,
    "\n  mutation DeleteDashboard($slug: ID!) {\n    deleteDashboard(slug: $slug)\n  }\n": types.DeleteDashboardDocument,
    "\n  mutation ImportDashboard($document: String!, $department: Department) {\n    importDashboard(document: $document, department: $department) {\n      ...SavedDashboardFields\n    }\n  }\n": types.ImportDashboardDocument,
    "\n  mutation RestoreDashboardVersion($slug: ID!, $version: Int!, $baseVersion: Int!) {\n    restoreDashboardVersion(slug: $slug, version: $version, baseVersion: $baseVersion) {\n      ...SavedDashboardFields\n    }\n  }\n": types.RestoreDashboardVersionDocument,
    "\n  query DashboardVersions($slug: ID!) {\n    dashboardVersions(slug: $slug) {\n      version\n      title\n      summary\n      createdBy\n      createdAt\n      widgetCount\n    }\n  }\n": types.DashboardVersionsDocument,
    "\n  query DashboardExport($slug: ID!) {\n    dashboardExport(slug: $slug)\n  }\n": types.DashboardExportDocument,
    "\n  query WidgetCatalog($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n      dimensions\n    }\n  }\n": types.WidgetCatalogDocument,
    "\n  query WidgetGoals($locale: String) {\n    goalPlan {\n      id\n      name\n      metric {\n        key\n        name(locale: $locale)\n      }\n    }\n  }\n": types.WidgetGoalsDocument,
    "\n  fragment WidgetSeriesFields on Series {\n    granularity\n    groupBy\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n    }\n    groups {\n      key\n      total\n      points {\n        at\n        value\n      }\n    }\n    comparison {\n      at\n      value\n    }\n  }\n": types.WidgetSeriesFieldsFragmentDoc,
    "\n  query WidgetSeries($key: ID!, $range: RangeInput, $compare: Comparison, $groupBy: String, $locale: String) {\n    series(key: $key, range: $range, compare: $compare, groupBy: $groupBy) {\n      ...WidgetSeriesFields\n    }\n  }\n": types.WidgetSeriesDocument,
    "\n  query WidgetKpiDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpi(key: $key, range: $range, compare: $compare) {\n      ...KpiDetailFields\n    }\n  }\n": types.WidgetKpiDetailDocument,
    "\n  query SharedSeriesKpis($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    dashboard(slug: $slug, range: $range, compare: $compare) {\n      widgets {\n        id\n        seriesKpis {\n          ...KpiDetailFields\n        }\n      }\n    }\n  }\n": types.SharedSeriesKpisDocument,
    "\n  query EditorKpis($keys: [ID!]!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpis(keys: $keys, range: $range, compare: $compare) {\n      ...KpiFields\n      metric {\n        owner(locale: $locale)\n      }\n    }\n  }\n": types.EditorKpisDocument,
    "\n  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String, $shared: Boolean! = false) {\n    dashboard(slug: $slug, range: $range, compare: $compare, filter: $filter) {\n      ...DashboardEditFields\n      dimensions\n      unfilteredMetricKeys\n      widgets {\n        ...WidgetDataFields\n      }\n      kpis {\n        ...KpiFields\n        metric {\n          owner(locale: $locale)\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query Dashboards($locale: String) {\n    dashboards {\n      slug\n      title(locale: $locale)\n      department\n      sharedWith\n      personal\n      canEdit\n    }\n  }\n": types.DashboardsDocument,
    "\n  fragment KpiFields on Kpi {\n    metric {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        ...UnitFields\n      }\n      direction\n      aggregation\n      formula\n    }\n    period {\n      from\n      to\n    }\n    comparisonPeriod {\n      from\n      to\n    }\n    value\n    comparisonValue\n    change\n    changeRatio\n    target {\n      id\n      kind\n      value\n      baseline\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n    attainment\n    status\n    trend {\n      at\n      value\n    }\n    trendGranularity\n    lastUpdatedAt\n    staleSince\n    pacing {\n      goal {\n        id\n        name\n      }\n      expected\n      projectedAtEnd\n      status\n    }\n    forecast {\n      targetValue\n      projectedTargetDate\n    }\n  }\n": types.KpiFieldsFragmentDoc,
    "\n  query MyDigests($dashboardSlug: String!) {\n    myDigestSubscriptions(dashboardSlug: $dashboardSlug) {\n      id\n      cadence\n      webhookEndpointId\n      userId\n    }\n  }\n": types.MyDigestsDocument,
    "\n  query DigestChannels {\n    channels {\n      id\n      name\n      kind\n    }\n  }\n": types.DigestChannelsDocument,
    "\n  mutation SubscribeToDigest($input: DigestSignupInput!) {\n    subscribeToDigest(input: $input) {\n      id\n    }\n  }\n": types.SubscribeToDigestDocument,
    "\n  mutation DeleteDigestSubscription($id: ID!) {\n    deleteDigestSubscription(id: $id) {\n      id\n    }\n  }\n": types.DeleteDigestSubscriptionDocument,
    "\n  mutation RunDigest($subscriptionId: ID!) {\n    runDigest(subscriptionId: $subscriptionId) {\n      id\n    }\n  }\n": types.RunDigestDocument,
    "\n  fragment GoalPacingFields on Goal {\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n    progress {\n      at\n      expected\n      actual\n      projectedAtEnd\n      status\n    }\n  }\n": types.GoalPacingFieldsFragmentDoc,
    "\n  query GoalPlan($locale: String) {\n    goalPlan {\n      id\n      name\n      parentId\n      department\n      owner\n      shape\n      startValue\n      startAt\n      endValue\n      endAt\n      milestones {\n        at\n        value\n      }\n      editable\n      ...GoalPacingFields\n      metric {\n        department\n        direction\n      }\n      progress {\n        trajectory {\n          at\n          value\n        }\n        actuals {\n          at\n          value\n        }\n      }\n    }\n  }\n": types.GoalPlanDocument,
    "\n  query GoalMetrics($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n      sharedWith\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n": types.GoalMetricsDocument,
    "\n  mutation SetGoal($input: GoalInput!) {\n    setGoal(input: $input) {\n      id\n    }\n  }\n": types.SetGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": types.DeleteGoalDocument,
    "\n  fragment FileImportFields on FileImport {\n    id\n    fileName\n    state\n    rowsTotal\n    rowsDone\n    rowsWritten\n    rowsRejected\n    error\n    errorCode\n    errorParams\n    createdByName\n    createdAt\n    startedAt\n    finishedAt\n  }\n": types.FileImportFieldsFragmentDoc,
    "\n  fragment SavedImportMappingFields on SavedImportMapping {\n    id\n    name\n    mapping {\n      kind\n      metricKey\n      metricColumn\n      timestampColumn\n      timestampFormat\n      timeZone\n      valueColumn\n      dimensionColumns\n      leadColumns {\n        field\n        column\n      }\n      leadSignals {\n        name\n        column\n      }\n      delimiter\n    }\n  }\n": types.SavedImportMappingFieldsFragmentDoc,
    "\n  query Imports($locale: String) {\n    fileImports(first: 50) {\n      ...FileImportFields\n    }\n    importMappings {\n      ...SavedImportMappingFields\n    }\n    metrics {\n      key\n      name(locale: $locale)\n      formula\n      source\n    }\n  }\n": types.ImportsDocument,
    "\n  mutation CreateImportMapping($name: String!, $mapping: ImportColumnMappingInput!) {\n    createImportMapping(name: $name, mapping: $mapping) {\n      ...SavedImportMappingFields\n    }\n  }\n": types.CreateImportMappingDocument,
    "\n  mutation DeleteImportMapping($id: ID!) {\n    deleteImportMapping(id: $id) {\n      id\n    }\n  }\n": types.DeleteImportMappingDocument,
    "\n  subscription FileImportProgressed($id: ID!) {\n    fileImportProgressed(id: $id) {\n      ...FileImportFields\n    }\n  }\n": types.FileImportProgressedDocument,
    "\n  fragment InitiativeFields on Initiative {\n    id\n    key\n    name(locale: $locale)\n    department\n    owner {\n      id\n      name\n    }\n    costCategory\n    startDate\n    plannedInvestment\n    expectedAnnualSaving\n    metricKeys\n    spentToDate\n    savedToDate\n    planned {\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n    actual {\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n    editable\n  }\n": types.InitiativeFieldsFragmentDoc,
    "\n  query Initiatives($locale: String) {\n    initiatives {\n      ...InitiativeFields\n    }\n    initiativePortfolio {\n      totalInvestment\n      totalExpectedSaving\n      totalSpentToDate\n      totalSavedToDate\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n  }\n": types.InitiativesDocument,
    "\n  query InitiativeChoices($locale: String) {\n    initiativeOwnerChoices {\n      id\n      name\n    }\n    metrics {\n      key\n      name(locale: $locale)\n    }\n  }\n": types.InitiativeChoicesDocument,
    "\n  mutation CreateInitiative($input: InitiativeInput!, $locale: String) {\n    createInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n": types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!, $locale: String) {\n    updateInitiative(id: $id, input: $input) {\n      ...InitiativeFields\n    }\n  }\n": types.UpdateInitiativeDocument,
    "\n  mutation DeleteInitiative($id: ID!) {\n    deleteInitiative(id: $id)\n  }\n": types.DeleteInitiativeDocument,
    "\n  query PlanProjection($locale: String) {\n    planProjection {\n      id\n      startValue\n      endValue\n      endAt\n      milestones {\n        at\n        value\n      }\n      ...GoalPacingFields\n    }\n  }\n": types.PlanProjectionDocument,
    "\n  fragment ChecklistItemFields on ChecklistItem {\n    id\n    goalId\n    goalName\n    title(locale: $locale)\n    owner {\n      id\n      name\n    }\n    dueDate\n    target\n    metricKey\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n    metricValue\n    progress\n    complete\n    doneAt\n    overdue\n    editable\n  }\n": types.ChecklistItemFieldsFragmentDoc,
    "\n  query ChecklistItems($locale: String) {\n    checklistItems {\n      ...ChecklistItemFields\n    }\n  }\n": types.ChecklistItemsDocument,
    "\n  mutation CreateChecklistItem($input: ChecklistItemInput!, $locale: String) {\n    createChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": types.CreateChecklistItemDocument,
    "\n  mutation UpdateChecklistItem($id: ID!, $input: ChecklistItemInput!, $locale: String) {\n    updateChecklistItem(id: $id, input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": types.UpdateChecklistItemDocument,
    "\n  mutation TickChecklistItem($id: ID!, $done: Boolean!, $locale: String) {\n    tickChecklistItem(id: $id, done: $done) {\n      ...ChecklistItemFields\n    }\n  }\n": types.TickChecklistItemDocument,
    "\n  mutation DeleteChecklistItem($id: ID!) {\n    deleteChecklistItem(id: $id)\n  }\n": types.DeleteChecklistItemDocument,
    "\n  query ChecklistGoals {\n    goalPlan {\n      id\n      name\n      startAt\n    }\n  }\n": types.ChecklistGoalsDocument,
    "\n  query RaciMatrices {\n    raciMatrices {\n      process\n      editable\n      accountableOwner {\n        id\n        name\n      }\n      steps {\n        id\n        step\n        responsible {\n          id\n          name\n        }\n        accountable {\n          id\n          name\n        }\n        consulted {\n          id\n          name\n        }\n        informed {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RaciMatricesDocument,
    "\n  mutation UpdateRaciStep($id: ID!, $input: RaciStepInput!) {\n    updateRaciStep(id: $id, input: $input) {\n      process\n    }\n  }\n": types.UpdateRaciStepDocument,
    "\n  subscription KpiUpdated($dashboard: ID, $widget: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    kpiUpdated(dashboard: $dashboard, widget: $widget, keys: $keys, range: $range, compare: $compare, filter: $filter) {\n      ...KpiFields\n    }\n  }\n": types.KpiUpdatedDocument,
    "\n  query MetricDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      sharedWith\n      unit {\n        ...UnitFields\n      }\n      direction\n      aggregation\n      formula\n      source\n      inputs\n      owner(locale: $locale)\n      reviewCadence\n      dimensions\n      domain {\n        min\n        max\n      }\n    }\n    kpi(key: $key, range: $range, compare: $compare, filter: $filter) {\n      ...KpiDetailFields\n    }\n  }\n": types.MetricDetailDocument,
    "\n  fragment KpiDetailFields on Kpi {\n    ...KpiFields\n    pacing {\n      trajectory {\n        at\n        value\n      }\n    }\n    forecast {\n      granularity\n      points {\n        at\n        value\n        lower\n        upper\n      }\n    }\n  }\n": types.KpiDetailFieldsFragmentDoc,
    "\n  subscription MetricKpiUpdated($keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpiUpdated(keys: $keys, range: $range, compare: $compare) {\n      ...KpiDetailFields\n    }\n  }\n": types.MetricKpiUpdatedDocument,
    "\n  query MetricSeries(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $compare: Comparison\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, compare: $compare) {\n      granularity\n      period {\n        from\n        to\n      }\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n      comparison {\n        at\n        value\n      }\n      comparisonPeriod {\n        from\n        to\n      }\n    }\n  }\n": types.MetricSeriesDocument,
    "\n  query MetricBreakdown(\n    $key: ID!\n    $range: RangeInput\n    $granularity: Granularity\n    $filter: [DimensionFilterInput!]\n    $groupBy: String!\n  ) {\n    series(key: $key, range: $range, granularity: $granularity, filter: $filter, groupBy: $groupBy) {\n      groupBy\n      granularity\n      groups {\n        key\n        total\n        points {\n          at\n          value\n        }\n      }\n    }\n  }\n": types.MetricBreakdownDocument,
    "\n  query Observations($key: ID!, $range: RangeInput, $filter: [DimensionFilterInput!], $first: Int!, $after: String) {\n    observations(key: $key, range: $range, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          metricKey\n          at\n          value\n          dimensions\n          source\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ObservationsDocument,
    "\n  query MetricUnit($key: ID!, $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n": types.MetricUnitDocument,
    "\n  query MyOpenReviewCount {\n    myOpenReviewCount\n  }\n": types.MyOpenReviewCountDocument,
    "\n  fragment ReviewActionItemFields on ReviewActionItem {\n    id\n    reviewId\n    metricKey\n    metric {\n      key\n      name(locale: $locale)\n    }\n    owner {\n      id\n      name\n    }\n    dueDate\n    text\n    doneAt\n    overdue\n  }\n": types.ReviewActionItemFieldsFragmentDoc,
    "\n  fragment ReviewSummaryFields on Review {\n    id\n    subjectKind\n    subjectKey\n    subjectName(locale: $locale)\n    cadence\n    owner {\n      id\n      name\n    }\n    periodFrom\n    periodTo\n    dueBy\n    completedAt\n    overdue\n  }\n": types.ReviewSummaryFieldsFragmentDoc,
    "\n  query ReviewBoard($locale: String) {\n    reviewBoard {\n      overdue {\n        ...ReviewSummaryFields\n      }\n      open {\n        ...ReviewSummaryFields\n      }\n      recentlyCompleted {\n        ...ReviewSummaryFields\n        completedBy {\n          id\n          name\n        }\n      }\n      actionItemsByOwner {\n        owner {\n          id\n          name\n        }\n        items {\n          ...ReviewActionItemFields\n        }\n      }\n    }\n  }\n": types.ReviewBoardDocument,
    "\n  query Review($id: ID!, $locale: String) {\n    review(id: $id) {\n      ...ReviewSummaryFields\n      editable\n      completedBy {\n        id\n        name\n      }\n      kpis {\n        metricKey\n        metric {\n          key\n          name(locale: $locale)\n          unit {\n            kind\n            currency\n            scaleMin\n            scaleMax\n          }\n          direction\n        }\n        value\n        target\n        status\n        change\n        changeRatio\n        paceStatus\n        comment\n        needsComment\n      }\n      actionItems {\n        ...ReviewActionItemFields\n      }\n      carriedActionItems {\n        ...ReviewActionItemFields\n      }\n    }\n    reviewPeople {\n      id\n      name\n    }\n  }\n": types.ReviewDocument,
    "\n  query MetricActionItems($metricKey: ID!, $locale: String) {\n    metricActionItems(metricKey: $metricKey) {\n      ...ReviewActionItemFields\n    }\n  }\n": types.MetricActionItemsDocument,
    "\n  mutation CommentReviewKpi($reviewId: ID!, $metricKey: ID!, $comment: String!) {\n    commentReviewKpi(reviewId: $reviewId, metricKey: $metricKey, comment: $comment) {\n      metricKey\n      comment\n      needsComment\n    }\n  }\n": types.CommentReviewKpiDocument,
    "\n  mutation AddReviewActionItem($input: ReviewActionItemInput!, $locale: String) {\n    addReviewActionItem(input: $input) {\n      ...ReviewActionItemFields\n    }\n  }\n": types.AddReviewActionItemDocument,
    "\n  mutation SetReviewActionItemDone($id: ID!, $done: Boolean!, $locale: String) {\n    setReviewActionItemDone(id: $id, done: $done) {\n      ...ReviewActionItemFields\n    }\n  }\n": types.SetReviewActionItemDoneDocument,
    "\n  mutation CompleteReview($id: ID!, $locale: String) {\n    completeReview(id: $id) {\n      ...ReviewSummaryFields\n      editable\n    }\n  }\n": types.CompleteReviewDocument,
    "\n  query DashboardReviewSettings($slug: ID!) {\n    dashboardReviewSettings(slug: $slug) {\n      slug\n      owner {\n        id\n        name\n      }\n      cadence\n    }\n    reviewPeople {\n      id\n      name\n    }\n  }\n": types.DashboardReviewSettingsDocument,
    "\n  mutation SetDashboardReview($slug: ID!, $ownerUserId: ID, $cadence: ReviewCadence) {\n    setDashboardReview(slug: $slug, ownerUserId: $ownerUserId, cadence: $cadence) {\n      slug\n      owner {\n        id\n        name\n      }\n      cadence\n    }\n  }\n": types.SetDashboardReviewDocument,
    "\n  fragment LeadRow on Lead {\n    id\n    name\n    company\n    channel\n    campaign\n    region\n    segment\n    status\n    score\n    createdAt\n    owner {\n      key\n      name\n    }\n  }\n": types.LeadRowFragmentDoc,
    "\n  query Funnel($range: RangeInput) {\n    funnel(range: $range, groupBy: \"channel\") {\n      period {\n        from\n        to\n      }\n      total {\n        ...FunnelGroupFields\n      }\n      groups {\n        ...FunnelGroupFields\n      }\n    }\n  }\n\n  fragment FunnelGroupFields on FunnelGroup {\n    key\n    stages {\n      status\n      entered\n      conversion\n      medianHoursInStage\n    }\n    responseTime {\n      contacted\n      medianHours\n      p90Hours\n    }\n    winRate\n  }\n": types.FunnelDocument,
    "\n  fragment SlaBreachFields on SlaBreach {\n    id\n    dueAt\n    startedAt\n    policy {\n      key\n      name(locale: $locale)\n    }\n    lead {\n      ...LeadRow\n    }\n  }\n": types.SlaBreachFieldsFragmentDoc,
    "\n  query SlaBreaches($range: RangeInput, $locale: String) {\n    slaBreaches(range: $range, first: 20) {\n      ...SlaBreachFields\n    }\n  }\n": types.SlaBreachesDocument,
    "\n  subscription SlaBreached($locale: String) {\n    slaBreached {\n      ...SlaBreachFields\n    }\n  }\n": types.SlaBreachedDocument,
    "\n  query Leads($filter: LeadFilterInput, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...LeadRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LeadsDocument,
    "\n  query Lead($id: ID!, $locale: String) {\n    lead(id: $id) {\n      ...LeadRow\n      externalId\n      email\n      companySize\n      statusChangedAt\n      firstContactAt\n      scoreBreakdown {\n        rule\n        name\n        category\n        points\n      }\n      opportunity {\n        amount\n        currency\n        stage\n        openedAt\n        expectedCloseAt\n        closedAt\n        closeReason\n      }\n      slaClocks {\n        id\n        state\n        startedAt\n        dueAt\n        metAt\n        policy {\n          key\n          name(locale: $locale)\n        }\n      }\n      journey {\n        id\n        at\n        kind\n        fromStatus\n        toStatus\n        actor\n        actorName\n        assigneeName\n        reason\n        repKey\n        details\n        contributions {\n          metricKey\n          value\n        }\n      }\n    }\n  }\n": types.LeadDocument,
    "\n  subscription LeadChanged($id: ID) {\n    leadChanged(id: $id) {\n      id\n      status\n    }\n  }\n": types.LeadChangedDocument,
    "\n  fragment AlertRuleFields on AlertRule {\n    id\n    name\n    metricKey\n    metricName(locale: $locale)\n    kind\n    granularity\n    owner\n    ownerUserId\n    channelIds\n    active\n    firing\n    params {\n      threshold\n      side\n      band\n      changeRatio\n      clearAfter\n    }\n  }\n": types.AlertRuleFieldsFragmentDoc,
    "\n  query AlertRules($metricKey: ID, $locale: String) {\n    alertRules(metricKey: $metricKey) {\n      ...AlertRuleFields\n    }\n  }\n": types.AlertRulesDocument,
    "\n  query RuleFormOptions($metricKey: ID!, $locale: String) {\n    metric(key: $metricKey) {\n      key\n      name(locale: $locale)\n      department\n      unit {\n        ...UnitFields\n      }\n    }\n    alertRuleOwnerCandidates(metricKey: $metricKey) {\n      id\n      name\n      email\n    }\n    channels {\n      id\n      name\n      kind\n      department\n    }\n  }\n": types.RuleFormOptionsDocument,
    "\n  query RuleMetrics($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n    }\n  }\n": types.RuleMetricsDocument,
    "\n  query AlertRuleBacktest($input: AlertRuleInput!) {\n    alertRuleBacktest(input: $input) {\n      from\n      to\n      granularity\n      fired\n      firingAtEnd\n      events {\n        transition\n        at\n        value\n        reference\n      }\n      points {\n        at\n        value\n      }\n    }\n  }\n": types.AlertRuleBacktestDocument,
    "\n  mutation CreateAlertRule($input: AlertRuleInput!, $locale: String) {\n    createAlertRule(input: $input) {\n      ...AlertRuleFields\n    }\n  }\n": types.CreateAlertRuleDocument,
    "\n  mutation UpdateAlertRule($id: ID!, $input: AlertRuleInput!, $locale: String) {\n    updateAlertRule(id: $id, input: $input) {\n      ...AlertRuleFields\n    }\n  }\n": types.UpdateAlertRuleDocument,
    "\n  mutation SetAlertRuleActive($id: ID!, $active: Boolean!, $locale: String) {\n    setAlertRuleActive(id: $id, active: $active) {\n      ...AlertRuleFields\n    }\n  }\n": types.SetAlertRuleActiveDocument,
    "\n  mutation DeleteAlertRule($id: ID!) {\n    deleteAlertRule(id: $id) {\n      id\n    }\n  }\n": types.DeleteAlertRuleDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    dashboardSlug\n    label\n    expiresAt\n    revokedAt\n    status\n    createdByName\n    createdAt\n  }\n": types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks($dashboardSlug: ID!) {\n    shareLinks(dashboardSlug: $dashboardSlug) {\n      ...ShareLinkFields\n    }\n  }\n": types.ShareLinksDocument,
    "\n  mutation CreateShareLink($input: ShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n": types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n": types.RevokeShareLinkDocument,
    "\n  query SharedDashboard {\n    sharedDashboard {\n      slug\n    }\n  }\n": types.SharedDashboardDocument,
    "\n  fragment SqlConnectionFields on SqlConnection {\n    id\n    name\n    host\n    database\n  }\n": types.SqlConnectionFieldsFragmentDoc,
    "\n  fragment SqlSourceFields on SqlSource {\n    metricKey\n    connectionId\n    query\n    timeColumn\n    valueColumn\n    dimensionColumns\n    everyMinutes\n    cron\n    intervalMinutes\n    active\n    watermark\n    nextRunAt\n    lastSyncAt\n    lastError\n    consecutiveFailures\n    status\n  }\n": types.SqlSourceFieldsFragmentDoc,
    "\n  query Sources($locale: String) {\n    sqlConnections {\n      ...SqlConnectionFields\n    }\n    sqlSources {\n      ...SqlSourceFields\n    }\n    metrics {\n      key\n      name(locale: $locale)\n      formula\n      source\n    }\n  }\n": types.SourcesDocument,
    "\n  query SqlSyncRuns($metricKey: ID!) {\n    sqlSyncRuns(metricKey: $metricKey, first: 20) {\n      id\n      startedAt\n      durationMs\n      rowsRead\n      pointsWritten\n      error\n      errorField\n    }\n  }\n": types.SqlSyncRunsDocument,
    "\n  query SqlQueryPreview($input: SqlSourceInput!) {\n    sqlQueryPreview(input: $input) {\n      columns {\n        name\n        type\n      }\n      rows {\n        cells\n      }\n      points {\n        at\n        value\n        dimensions {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.SqlQueryPreviewDocument,
    "\n  mutation CreateSqlConnection($input: SqlConnectionInput!) {\n    createSqlConnection(input: $input) {\n      ...SqlConnectionFields\n    }\n  }\n": types.CreateSqlConnectionDocument,
    "\n  mutation UpdateSqlConnection($id: ID!, $input: SqlConnectionInput!) {\n    updateSqlConnection(id: $id, input: $input) {\n      ...SqlConnectionFields\n    }\n  }\n": types.UpdateSqlConnectionDocument,
    "\n  mutation DeleteSqlConnection($id: ID!) {\n    deleteSqlConnection(id: $id) {\n      id\n    }\n  }\n": types.DeleteSqlConnectionDocument,
    "\n  mutation TestSqlConnection($connectionId: ID, $connectionString: String) {\n    testSqlConnection(connectionId: $connectionId, connectionString: $connectionString) {\n      ok\n      message\n    }\n  }\n": types.TestSqlConnectionDocument,
    "\n  mutation SaveSqlSource($input: SqlSourceInput!) {\n    saveSqlSource(input: $input) {\n      ...SqlSourceFields\n    }\n  }\n": types.SaveSqlSourceDocument,
    "\n  mutation DeleteSqlSource($metricKey: ID!) {\n    deleteSqlSource(metricKey: $metricKey) {\n      metricKey\n    }\n  }\n": types.DeleteSqlSourceDocument,
    "\n  mutation SyncSqlSource($metricKey: ID!) {\n    syncSqlSource(metricKey: $metricKey)\n  }\n": types.SyncSqlSourceDocument,
    "\n  query WorkflowRecord($id: ID!, $locale: String) {\n    workflowRecord(id: $id) {\n      id\n      workflow\n      externalId\n      title\n      account\n      segment\n      priority\n      category\n      state\n      owner\n      renewalDate\n      amount\n      openedAt\n      stateChangedAt\n      slaClocks {\n        id\n        state\n        startedAt\n        dueAt\n        metAt\n        policy {\n          key\n          name(locale: $locale)\n          target\n        }\n      }\n      journey {\n        id\n        at\n        kind\n        fromState\n        toState\n        actor\n        reason\n        contributions {\n          metricKey\n          value\n        }\n      }\n    }\n  }\n": types.WorkflowRecordDocument,
    "\n  subscription WorkflowRecordChanged($id: ID) {\n    workflowRecordChanged(id: $id) {\n      id\n      state\n    }\n  }\n": types.WorkflowRecordChangedDocument,
    "\n  fragment WorkflowBreachFields on WorkflowSlaBreach {\n    id\n    dueAt\n    policy {\n      key\n      name(locale: $locale)\n    }\n    record {\n      id\n      workflow\n      externalId\n      title\n      account\n      state\n    }\n  }\n": types.WorkflowBreachFieldsFragmentDoc,
    "\n  subscription WorkflowSlaBreached($workflows: [Workflow!], $locale: String) {\n    workflowSlaBreached(workflows: $workflows) {\n      ...WorkflowBreachFields\n    }\n  }\n": types.WorkflowSlaBreachedDocument,
    "\n  query WorkflowMetrics($locale: String) {\n    metrics(department: CUSTOMER_SUCCESS) {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n": types.WorkflowMetricsDocument,
    "\n  fragment UnitFields on Unit {\n    kind\n    currency\n    scaleMin\n    scaleMax\n  }\n": types.UnitFieldsFragmentDoc,
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
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    departments\n    disabledAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    departments\n    disabledAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: UserInviteInput!) {\n    inviteUser(input: $input) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: UserInviteInput!) {\n    inviteUser(input: $input) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    department\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    department\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query AdminApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSlaPolicies($locale: String) {\n    slaPolicies {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      durationSeconds\n      active\n      startsOn\n      metBy\n    }\n  }\n"): (typeof documents)["\n  query AdminSlaPolicies($locale: String) {\n    slaPolicies {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      durationSeconds\n      active\n      startsOn\n      metBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSlaPolicy($key: ID!, $input: SlaPolicyUpdateInput!) {\n    updateSlaPolicy(key: $key, input: $input) {\n      key\n      durationSeconds\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSlaPolicy($key: ID!, $input: SlaPolicyUpdateInput!) {\n    updateSlaPolicy(key: $key, input: $input) {\n      key\n      durationSeconds\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: OrganizationInput!) {\n    updateOrganization(input: $input) {\n      name\n      timeZone\n      currency\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: OrganizationInput!) {\n    updateOrganization(input: $input) {\n      name\n      timeZone\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFields on Alert {\n    id\n    metricKey\n    metricName(locale: $locale)\n    kind\n    state\n    owner(locale: $locale)\n    value\n    reference\n    explanation(locale: $locale)\n    raisedAt\n    acknowledgedBy\n    acknowledgedAt\n    resolvedBy\n    resolvedAt\n    annotationId\n    contributions {\n      dimension\n      value\n      share\n    }\n    rule {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AlertFields on Alert {\n    id\n    metricKey\n    metricName(locale: $locale)\n    kind\n    state\n    owner(locale: $locale)\n    value\n    reference\n    explanation(locale: $locale)\n    raisedAt\n    acknowledgedBy\n    acknowledgedAt\n    resolvedBy\n    resolvedAt\n    annotationId\n    contributions {\n      dimension\n      value\n      share\n    }\n    rule {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveAlerts($locale: String) {\n    alerts(states: [OPEN, ACKNOWLEDGED], first: 100) {\n      ...AlertFields\n    }\n  }\n"): (typeof documents)["\n  query ActiveAlerts($locale: String) {\n    alerts(states: [OPEN, ACKNOWLEDGED], first: 100) {\n      ...AlertFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertChanged($locale: String) {\n    alertChanged {\n      change\n      alert {\n        ...AlertFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AlertChanged($locale: String) {\n    alertChanged {\n      change\n      alert {\n        ...AlertFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($id: ID!, $annotate: Boolean!, $locale: String) {\n    acknowledgeAlert(id: $id, annotate: $annotate) {\n      ...AlertFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAlert($id: ID!, $annotate: Boolean!, $locale: String) {\n    acknowledgeAlert(id: $id, annotate: $annotate) {\n      ...AlertFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveAlert($id: ID!, $locale: String) {\n    resolveAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveAlert($id: ID!, $locale: String) {\n    resolveAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricAnnotations($key: ID!, $range: RangeInput) {\n    annotations(metricKey: $key, range: $range) {\n      id\n      title\n      description\n      at\n      endAt\n      metricKeys\n      departments\n      createdBy\n      editable\n    }\n  }\n"): (typeof documents)["\n  query MetricAnnotations($key: ID!, $range: RangeInput) {\n    annotations(metricKey: $key, range: $range) {\n      id\n      title\n      description\n      at\n      endAt\n      metricKeys\n      departments\n      createdBy\n      editable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($first: Int!) {\n    webhookEndpoints {\n      id\n      name\n      url\n      active\n    }\n    webhookDeliveries(first: $first) {\n      id\n      endpointId\n      eventType\n      state\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($first: Int!) {\n    webhookEndpoints {\n      id\n      name\n      url\n      active\n    }\n    webhookDeliveries(first: $first) {\n      id\n      endpointId\n      eventType\n      state\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnnotation($input: AnnotationInput!) {\n    createAnnotation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAnnotation($input: AnnotationInput!) {\n    createAnnotation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnnotation($id: ID!, $input: AnnotationInput!) {\n    updateAnnotation(id: $id, input: $input) {\n      id\n      title\n      description\n      at\n      endAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAnnotation($id: ID!, $input: AnnotationInput!) {\n    updateAnnotation(id: $id, input: $input) {\n      id\n      title\n      description\n      at\n      endAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttentionItems($range: RangeInput, $compare: Comparison!, $locale: String) {\n    attentionItems(range: $range, compare: $compare) {\n      reasons\n      since\n      sinceBeyondHistory\n      kpi {\n        metric {\n          key\n          name(locale: $locale)\n          department\n          owner(locale: $locale)\n          unit {\n            ...UnitFields\n          }\n        }\n        value\n        target {\n          value\n        }\n        attainment\n        status\n        pacing {\n          expected\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttentionItems($range: RangeInput, $compare: Comparison!, $locale: String) {\n    attentionItems(range: $range, compare: $compare) {\n      reasons\n      since\n      sinceBeyondHistory\n      kpi {\n        metric {\n          key\n          name(locale: $locale)\n          department\n          owner(locale: $locale)\n          unit {\n            ...UnitFields\n          }\n        }\n        value\n        target {\n          value\n        }\n        attainment\n        status\n        pacing {\n          expected\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    objectType\n    objectId\n    objectLabel\n    department\n    metricKey\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    objectType\n    objectId\n    objectLabel\n    department\n    metricKey\n    before\n    after\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    users {\n      id\n      name\n      email\n    }\n    apiKeys {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    users {\n      id\n      name\n      email\n    }\n    apiKeys {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditMetricUnits {\n    metrics {\n      key\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditMetricUnits {\n    metrics {\n      key\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricHistory($key: ID!, $first: Int!) {\n    metric(key: $key) {\n      key\n      unit {\n        ...UnitFields\n      }\n      history(first: $first) {\n        ...AuditEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetricHistory($key: ID!, $first: Int!) {\n    metric(key: $key) {\n      key\n      unit {\n        ...UnitFields\n      }\n      history(first: $first) {\n        ...AuditEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n      departments\n      locale\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n      departments\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($input: PreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($input: PreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoAccounts {\n    demoAccounts {\n      email\n      password\n      name\n      role\n      departments\n    }\n  }\n"): (typeof documents)["\n  query DemoAccounts {\n    demoAccounts {\n      email\n      password\n      name\n      role\n      departments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DimensionLabels($locale: String) {\n    dimensionLabels {\n      dimension\n      value\n      label(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query DimensionLabels($locale: String) {\n    dimensionLabels {\n      dimension\n      value\n      label(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog($locale: String) {\n    metrics {\n      ...CatalogMetricFields\n    }\n  }\n"): (typeof documents)["\n  query Catalog($locale: String) {\n    metrics {\n      ...CatalogMetricFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogMetricFields on Metric {\n    key\n    name(locale: $locale)\n    description(locale: $locale)\n    department\n    sharedWith\n    unit {\n      ...UnitFields\n    }\n    direction\n    aggregation\n    formula\n    source\n    owner(locale: $locale)\n    ownerUser {\n      id\n      name\n    }\n    reviewCadence\n    expectedIntervalMinutes\n    freshnessIntervalMinutes\n    lastDataAt\n    translations {\n      locale\n      name\n      description\n    }\n    enName: name\n    enDescription: description\n  }\n"): (typeof documents)["\n  fragment CatalogMetricFields on Metric {\n    key\n    name(locale: $locale)\n    description(locale: $locale)\n    department\n    sharedWith\n    unit {\n      ...UnitFields\n    }\n    direction\n    aggregation\n    formula\n    source\n    owner(locale: $locale)\n    ownerUser {\n      id\n      name\n    }\n    reviewCadence\n    expectedIntervalMinutes\n    freshnessIntervalMinutes\n    lastDataAt\n    translations {\n      locale\n      name\n      description\n    }\n    enName: name\n    enDescription: description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerCandidates {\n    users {\n      id\n      name\n      role\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  query OwnerCandidates {\n    users {\n      id\n      name\n      role\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormulaPreview($formula: String!) {\n    formulaPreview(formula: $formula) {\n      inputs\n      granularity\n      total\n      points {\n        at\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query FormulaPreview($formula: String!) {\n    formulaPreview(formula: $formula) {\n      inputs\n      granularity\n      total\n      points {\n        at\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMetric($input: MetricInput!, $locale: String) {\n    createMetric(input: $input) {\n      ...CatalogMetricFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMetric($input: MetricInput!, $locale: String) {\n    createMetric(input: $input) {\n      ...CatalogMetricFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMetric($key: ID!, $input: MetricUpdateInput!, $locale: String) {\n    updateMetric(key: $key, input: $input) {\n      ...CatalogMetricFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMetric($key: ID!, $input: MetricUpdateInput!, $locale: String) {\n    updateMetric(key: $key, input: $input) {\n      ...CatalogMetricFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTarget($input: TargetInput!) {\n    setTarget(input: $input) {\n      id\n      metricKey\n      kind\n      value\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n  }\n"): (typeof documents)["\n  mutation SetTarget($input: TargetInput!) {\n    setTarget(input: $input) {\n      id\n      metricKey\n      kind\n      value\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTarget($id: ID!) {\n    deleteTarget(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTarget($id: ID!) {\n    deleteTarget(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricTargets($key: ID!) {\n    metric(key: $key) {\n      key\n      department\n      sharedWith\n      targets {\n        id\n        kind\n        value\n        tolerance\n        effectiveFrom\n        effectiveTo\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetricTargets($key: ID!) {\n    metric(key: $key) {\n      key\n      department\n      sharedWith\n      targets {\n        id\n        kind\n        value\n        tolerance\n        effectiveFrom\n        effectiveTo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableDimensionLabels {\n    dimensionLabels {\n      dimension\n      value\n      en: label\n      es: label(locale: \"es\")\n    }\n  }\n"): (typeof documents)["\n  query EditableDimensionLabels {\n    dimensionLabels {\n      dimension\n      value\n      en: label\n      es: label(locale: \"es\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDimensionLabel($input: DimensionLabelInput!) {\n    setDimensionLabel(input: $input) {\n      dimension\n      value\n      en: label\n      es: label(locale: \"es\")\n    }\n  }\n"): (typeof documents)["\n  mutation SetDimensionLabel($input: DimensionLabelInput!) {\n    setDimensionLabel(input: $input) {\n      dimension\n      value\n      en: label\n      es: label(locale: \"es\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelFields on Channel {\n    id\n    name\n    kind\n    department\n    url\n    recipients\n    active\n    locale\n  }\n"): (typeof documents)["\n  fragment ChannelFields on Channel {\n    id\n    name\n    kind\n    department\n    url\n    recipients\n    active\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Channels {\n    channels {\n      ...ChannelFields\n    }\n  }\n"): (typeof documents)["\n  query Channels {\n    channels {\n      ...ChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelDeliveries($channelId: ID!) {\n    channelDeliveries(channelId: $channelId, first: 20) {\n      id\n      eventType\n      state\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      deliveredAt\n    }\n  }\n"): (typeof documents)["\n  query ChannelDeliveries($channelId: ID!) {\n    channelDeliveries(channelId: $channelId, first: 20) {\n      id\n      eventType\n      state\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      deliveredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      secret\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      secret\n      channel {\n        ...ChannelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChannel($id: ID!) {\n    deleteChannel(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteChannel($id: ID!) {\n    deleteChannel(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WidgetFields on DashboardWidget {\n    id\n    type\n    title(locale: $locale)\n    metricKeys\n    dimension\n    text\n    goalId\n    workflows\n    range {\n      preset\n      from\n      to\n    }\n    compare\n    x\n    y\n    w\n    h\n  }\n"): (typeof documents)["\n  fragment WidgetFields on DashboardWidget {\n    id\n    type\n    title(locale: $locale)\n    metricKeys\n    dimension\n    text\n    goalId\n    workflows\n    range {\n      preset\n      from\n      to\n    }\n    compare\n    x\n    y\n    w\n    h\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WidgetDataFields on DashboardWidget {\n    id\n    kpis {\n      ...KpiFields\n      metric {\n        owner(locale: $locale)\n      }\n    }\n    funnel {\n      period {\n        from\n        to\n      }\n      total {\n        ...FunnelGroupFields\n      }\n      groups {\n        ...FunnelGroupFields\n      }\n    }\n    slaBreaches(first: 10) {\n      ...SlaBreachFields\n    }\n    workflowSlaBreaches(first: 10) {\n      ...WorkflowBreachFields\n    }\n    workflowScorecard {\n      workflow\n      metricKey\n      target\n      deadlines {\n        key\n        durationSeconds\n        name(locale: $locale)\n      }\n    }\n    series @include(if: $shared) {\n      ...WidgetSeriesFields\n    }\n    goal {\n      id\n      name\n      ...GoalPacingFields\n    }\n  }\n"): (typeof documents)["\n  fragment WidgetDataFields on DashboardWidget {\n    id\n    kpis {\n      ...KpiFields\n      metric {\n        owner(locale: $locale)\n      }\n    }\n    funnel {\n      period {\n        from\n        to\n      }\n      total {\n        ...FunnelGroupFields\n      }\n      groups {\n        ...FunnelGroupFields\n      }\n    }\n    slaBreaches(first: 10) {\n      ...SlaBreachFields\n    }\n    workflowSlaBreaches(first: 10) {\n      ...WorkflowBreachFields\n    }\n    workflowScorecard {\n      workflow\n      metricKey\n      target\n      deadlines {\n        key\n        durationSeconds\n        name(locale: $locale)\n      }\n    }\n    series @include(if: $shared) {\n      ...WidgetSeriesFields\n    }\n    goal {\n      id\n      name\n      ...GoalPacingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardEditFields on Dashboard {\n    slug\n    title(locale: $locale)\n    description(locale: $locale)\n    department\n    sharedWith\n    personal\n    version\n    canEdit\n    updatedBy\n    widgets {\n      ...WidgetFields\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardEditFields on Dashboard {\n    slug\n    title(locale: $locale)\n    description(locale: $locale)\n    department\n    sharedWith\n    personal\n    version\n    canEdit\n    updatedBy\n    widgets {\n      ...WidgetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedDashboardFields on DashboardSummary {\n    slug\n    version\n    updatedBy\n  }\n"): (typeof documents)["\n  fragment SavedDashboardFields on DashboardSummary {\n    slug\n    version\n    updatedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDashboard($input: DashboardInput!, $department: Department) {\n    createDashboard(input: $input, department: $department) {\n      ...SavedDashboardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDashboard($input: DashboardInput!, $department: Department) {\n    createDashboard(input: $input, department: $department) {\n      ...SavedDashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDashboard($slug: ID!, $baseVersion: Int!, $input: DashboardInput!) {\n    updateDashboard(slug: $slug, baseVersion: $baseVersion, input: $input) {\n      ...SavedDashboardFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDashboard($slug: ID!, $baseVersion: Int!, $input: DashboardInput!) {\n    updateDashboard(slug: $slug, baseVersion: $baseVersion, input: $input) {\n      ...SavedDashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateDashboard($slug: ID!, $title: String) {\n    duplicateDashboard(slug: $slug, title: $title) {\n      ...SavedDashboardFields\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateDashboard($slug: ID!, $title: String) {\n    duplicateDashboard(slug: $slug, title: $title) {\n      ...SavedDashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDashboard($slug: ID!) {\n    deleteDashboard(slug: $slug)\n  }\n"): (typeof documents)["\n  mutation DeleteDashboard($slug: ID!) {\n    deleteDashboard(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDashboard($document: String!, $department: Department) {\n    importDashboard(document: $document, department: $department) {\n      ...SavedDashboardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDashboard($document: String!, $department: Department) {\n    importDashboard(document: $document, department: $department) {\n      ...SavedDashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDashboardVersion($slug: ID!, $version: Int!, $baseVersion: Int!) {\n    restoreDashboardVersion(slug: $slug, version: $version, baseVersion: $baseVersion) {\n      ...SavedDashboardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDashboardVersion($slug: ID!, $version: Int!, $baseVersion: Int!) {\n    restoreDashboardVersion(slug: $slug, version: $version, baseVersion: $baseVersion) {\n      ...SavedDashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardVersions($slug: ID!) {\n    dashboardVersions(slug: $slug) {\n      version\n      title\n      summary\n      createdBy\n      createdAt\n      widgetCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardVersions($slug: ID!) {\n    dashboardVersions(slug: $slug) {\n      version\n      title\n      summary\n      createdBy\n      createdAt\n      widgetCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardExport($slug: ID!) {\n    dashboardExport(slug: $slug)\n  }\n"): (typeof documents)["\n  query DashboardExport($slug: ID!) {\n    dashboardExport(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetCatalog($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n      dimensions\n    }\n  }\n"): (typeof documents)["\n  query WidgetCatalog($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n      dimensions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetGoals($locale: String) {\n    goalPlan {\n      id\n      name\n      metric {\n        key\n        name(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  query WidgetGoals($locale: String) {\n    goalPlan {\n      id\n      name\n      metric {\n        key\n        name(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WidgetSeriesFields on Series {\n    granularity\n    groupBy\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n    }\n    groups {\n      key\n      total\n      points {\n        at\n        value\n      }\n    }\n    comparison {\n      at\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment WidgetSeriesFields on Series {\n    granularity\n    groupBy\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        kind\n        currency\n        scaleMin\n        scaleMax\n      }\n    }\n    groups {\n      key\n      total\n      points {\n        at\n        value\n      }\n    }\n    comparison {\n      at\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetSeries($key: ID!, $range: RangeInput, $compare: Comparison, $groupBy: String, $locale: String) {\n    series(key: $key, range: $range, compare: $compare, groupBy: $groupBy) {\n      ...WidgetSeriesFields\n    }\n  }\n"): (typeof documents)["\n  query WidgetSeries($key: ID!, $range: RangeInput, $compare: Comparison, $groupBy: String, $locale: String) {\n    series(key: $key, range: $range, compare: $compare, groupBy: $groupBy) {\n      ...WidgetSeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetKpiDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpi(key: $key, range: $range, compare: $compare) {\n      ...KpiDetailFields\n    }\n  }\n"): (typeof documents)["\n  query WidgetKpiDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpi(key: $key, range: $range, compare: $compare) {\n      ...KpiDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedSeriesKpis($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    dashboard(slug: $slug, range: $range, compare: $compare) {\n      widgets {\n        id\n        seriesKpis {\n          ...KpiDetailFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedSeriesKpis($slug: ID!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    dashboard(slug: $slug, range: $range, compare: $compare) {\n      widgets {\n        id\n        seriesKpis {\n          ...KpiDetailFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorKpis($keys: [ID!]!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpis(keys: $keys, range: $range, compare: $compare) {\n      ...KpiFields\n      metric {\n        owner(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditorKpis($keys: [ID!]!, $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpis(keys: $keys, range: $range, compare: $compare) {\n      ...KpiFields\n      metric {\n        owner(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String, $shared: Boolean! = false) {\n    dashboard(slug: $slug, range: $range, compare: $compare, filter: $filter) {\n      ...DashboardEditFields\n      dimensions\n      unfilteredMetricKeys\n      widgets {\n        ...WidgetDataFields\n      }\n      kpis {\n        ...KpiFields\n        metric {\n          owner(locale: $locale)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($slug: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String, $shared: Boolean! = false) {\n    dashboard(slug: $slug, range: $range, compare: $compare, filter: $filter) {\n      ...DashboardEditFields\n      dimensions\n      unfilteredMetricKeys\n      widgets {\n        ...WidgetDataFields\n      }\n      kpis {\n        ...KpiFields\n        metric {\n          owner(locale: $locale)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboards($locale: String) {\n    dashboards {\n      slug\n      title(locale: $locale)\n      department\n      sharedWith\n      personal\n      canEdit\n    }\n  }\n"): (typeof documents)["\n  query Dashboards($locale: String) {\n    dashboards {\n      slug\n      title(locale: $locale)\n      department\n      sharedWith\n      personal\n      canEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFields on Kpi {\n    metric {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        ...UnitFields\n      }\n      direction\n      aggregation\n      formula\n    }\n    period {\n      from\n      to\n    }\n    comparisonPeriod {\n      from\n      to\n    }\n    value\n    comparisonValue\n    change\n    changeRatio\n    target {\n      id\n      kind\n      value\n      baseline\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n    attainment\n    status\n    trend {\n      at\n      value\n    }\n    trendGranularity\n    lastUpdatedAt\n    staleSince\n    pacing {\n      goal {\n        id\n        name\n      }\n      expected\n      projectedAtEnd\n      status\n    }\n    forecast {\n      targetValue\n      projectedTargetDate\n    }\n  }\n"): (typeof documents)["\n  fragment KpiFields on Kpi {\n    metric {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      unit {\n        ...UnitFields\n      }\n      direction\n      aggregation\n      formula\n    }\n    period {\n      from\n      to\n    }\n    comparisonPeriod {\n      from\n      to\n    }\n    value\n    comparisonValue\n    change\n    changeRatio\n    target {\n      id\n      kind\n      value\n      baseline\n      tolerance\n      effectiveFrom\n      effectiveTo\n    }\n    attainment\n    status\n    trend {\n      at\n      value\n    }\n    trendGranularity\n    lastUpdatedAt\n    staleSince\n    pacing {\n      goal {\n        id\n        name\n      }\n      expected\n      projectedAtEnd\n      status\n    }\n    forecast {\n      targetValue\n      projectedTargetDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDigests($dashboardSlug: String!) {\n    myDigestSubscriptions(dashboardSlug: $dashboardSlug) {\n      id\n      cadence\n      webhookEndpointId\n      userId\n    }\n  }\n"): (typeof documents)["\n  query MyDigests($dashboardSlug: String!) {\n    myDigestSubscriptions(dashboardSlug: $dashboardSlug) {\n      id\n      cadence\n      webhookEndpointId\n      userId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestChannels {\n    channels {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query DigestChannels {\n    channels {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToDigest($input: DigestSignupInput!) {\n    subscribeToDigest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeToDigest($input: DigestSignupInput!) {\n    subscribeToDigest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDigestSubscription($id: ID!) {\n    deleteDigestSubscription(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDigestSubscription($id: ID!) {\n    deleteDigestSubscription(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDigest($subscriptionId: ID!) {\n    runDigest(subscriptionId: $subscriptionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RunDigest($subscriptionId: ID!) {\n    runDigest(subscriptionId: $subscriptionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalPacingFields on Goal {\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n    progress {\n      at\n      expected\n      actual\n      projectedAtEnd\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment GoalPacingFields on Goal {\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n    progress {\n      at\n      expected\n      actual\n      projectedAtEnd\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalPlan($locale: String) {\n    goalPlan {\n      id\n      name\n      parentId\n      department\n      owner\n      shape\n      startValue\n      startAt\n      endValue\n      endAt\n      milestones {\n        at\n        value\n      }\n      editable\n      ...GoalPacingFields\n      metric {\n        department\n        direction\n      }\n      progress {\n        trajectory {\n          at\n          value\n        }\n        actuals {\n          at\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalPlan($locale: String) {\n    goalPlan {\n      id\n      name\n      parentId\n      department\n      owner\n      shape\n      startValue\n      startAt\n      endValue\n      endAt\n      milestones {\n        at\n        value\n      }\n      editable\n      ...GoalPacingFields\n      metric {\n        department\n        direction\n      }\n      progress {\n        trajectory {\n          at\n          value\n        }\n        actuals {\n          at\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalMetrics($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n      sharedWith\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalMetrics($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n      sharedWith\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGoal($input: GoalInput!) {\n    setGoal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetGoal($input: GoalInput!) {\n    setGoal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileImportFields on FileImport {\n    id\n    fileName\n    state\n    rowsTotal\n    rowsDone\n    rowsWritten\n    rowsRejected\n    error\n    errorCode\n    errorParams\n    createdByName\n    createdAt\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment FileImportFields on FileImport {\n    id\n    fileName\n    state\n    rowsTotal\n    rowsDone\n    rowsWritten\n    rowsRejected\n    error\n    errorCode\n    errorParams\n    createdByName\n    createdAt\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedImportMappingFields on SavedImportMapping {\n    id\n    name\n    mapping {\n      kind\n      metricKey\n      metricColumn\n      timestampColumn\n      timestampFormat\n      timeZone\n      valueColumn\n      dimensionColumns\n      leadColumns {\n        field\n        column\n      }\n      leadSignals {\n        name\n        column\n      }\n      delimiter\n    }\n  }\n"): (typeof documents)["\n  fragment SavedImportMappingFields on SavedImportMapping {\n    id\n    name\n    mapping {\n      kind\n      metricKey\n      metricColumn\n      timestampColumn\n      timestampFormat\n      timeZone\n      valueColumn\n      dimensionColumns\n      leadColumns {\n        field\n        column\n      }\n      leadSignals {\n        name\n        column\n      }\n      delimiter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Imports($locale: String) {\n    fileImports(first: 50) {\n      ...FileImportFields\n    }\n    importMappings {\n      ...SavedImportMappingFields\n    }\n    metrics {\n      key\n      name(locale: $locale)\n      formula\n      source\n    }\n  }\n"): (typeof documents)["\n  query Imports($locale: String) {\n    fileImports(first: 50) {\n      ...FileImportFields\n    }\n    importMappings {\n      ...SavedImportMappingFields\n    }\n    metrics {\n      key\n      name(locale: $locale)\n      formula\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateImportMapping($name: String!, $mapping: ImportColumnMappingInput!) {\n    createImportMapping(name: $name, mapping: $mapping) {\n      ...SavedImportMappingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateImportMapping($name: String!, $mapping: ImportColumnMappingInput!) {\n    createImportMapping(name: $name, mapping: $mapping) {\n      ...SavedImportMappingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteImportMapping($id: ID!) {\n    deleteImportMapping(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteImportMapping($id: ID!) {\n    deleteImportMapping(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FileImportProgressed($id: ID!) {\n    fileImportProgressed(id: $id) {\n      ...FileImportFields\n    }\n  }\n"): (typeof documents)["\n  subscription FileImportProgressed($id: ID!) {\n    fileImportProgressed(id: $id) {\n      ...FileImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeFields on Initiative {\n    id\n    key\n    name(locale: $locale)\n    department\n    owner {\n      id\n      name\n    }\n    costCategory\n    startDate\n    plannedInvestment\n    expectedAnnualSaving\n    metricKeys\n    spentToDate\n    savedToDate\n    planned {\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n    actual {\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n    editable\n  }\n"): (typeof documents)["\n  fragment InitiativeFields on Initiative {\n    id\n    key\n    name(locale: $locale)\n    department\n    owner {\n      id\n      name\n    }\n    costCategory\n    startDate\n    plannedInvestment\n    expectedAnnualSaving\n    metricKeys\n    spentToDate\n    savedToDate\n    planned {\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n    actual {\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n    editable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiatives($locale: String) {\n    initiatives {\n      ...InitiativeFields\n    }\n    initiativePortfolio {\n      totalInvestment\n      totalExpectedSaving\n      totalSpentToDate\n      totalSavedToDate\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query Initiatives($locale: String) {\n    initiatives {\n      ...InitiativeFields\n    }\n    initiativePortfolio {\n      totalInvestment\n      totalExpectedSaving\n      totalSpentToDate\n      totalSavedToDate\n      roi {\n        value\n        reason\n      }\n      paybackMonths {\n        value\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeChoices($locale: String) {\n    initiativeOwnerChoices {\n      id\n      name\n    }\n    metrics {\n      key\n      name(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query InitiativeChoices($locale: String) {\n    initiativeOwnerChoices {\n      id\n      name\n    }\n    metrics {\n      key\n      name(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInitiative($input: InitiativeInput!, $locale: String) {\n    createInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInitiative($input: InitiativeInput!, $locale: String) {\n    createInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!, $locale: String) {\n    updateInitiative(id: $id, input: $input) {\n      ...InitiativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!, $locale: String) {\n    updateInitiative(id: $id, input: $input) {\n      ...InitiativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInitiative($id: ID!) {\n    deleteInitiative(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteInitiative($id: ID!) {\n    deleteInitiative(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanProjection($locale: String) {\n    planProjection {\n      id\n      startValue\n      endValue\n      endAt\n      milestones {\n        at\n        value\n      }\n      ...GoalPacingFields\n    }\n  }\n"): (typeof documents)["\n  query PlanProjection($locale: String) {\n    planProjection {\n      id\n      startValue\n      endValue\n      endAt\n      milestones {\n        at\n        value\n      }\n      ...GoalPacingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistItemFields on ChecklistItem {\n    id\n    goalId\n    goalName\n    title(locale: $locale)\n    owner {\n      id\n      name\n    }\n    dueDate\n    target\n    metricKey\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n    metricValue\n    progress\n    complete\n    doneAt\n    overdue\n    editable\n  }\n"): (typeof documents)["\n  fragment ChecklistItemFields on ChecklistItem {\n    id\n    goalId\n    goalName\n    title(locale: $locale)\n    owner {\n      id\n      name\n    }\n    dueDate\n    target\n    metricKey\n    metric {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n    metricValue\n    progress\n    complete\n    doneAt\n    overdue\n    editable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistItems($locale: String) {\n    checklistItems {\n      ...ChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  query ChecklistItems($locale: String) {\n    checklistItems {\n      ...ChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChecklistItem($input: ChecklistItemInput!, $locale: String) {\n    createChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChecklistItem($input: ChecklistItemInput!, $locale: String) {\n    createChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistItem($id: ID!, $input: ChecklistItemInput!, $locale: String) {\n    updateChecklistItem(id: $id, input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChecklistItem($id: ID!, $input: ChecklistItemInput!, $locale: String) {\n    updateChecklistItem(id: $id, input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TickChecklistItem($id: ID!, $done: Boolean!, $locale: String) {\n    tickChecklistItem(id: $id, done: $done) {\n      ...ChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation TickChecklistItem($id: ID!, $done: Boolean!, $locale: String) {\n    tickChecklistItem(id: $id, done: $done) {\n      ...ChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChecklistItem($id: ID!) {\n    deleteChecklistItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteChecklistItem($id: ID!) {\n    deleteChecklistItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistGoals {\n    goalPlan {\n      id\n      name\n      startAt\n    }\n  }\n"): (typeof documents)["\n  query ChecklistGoals {\n    goalPlan {\n      id\n      name\n      startAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaciMatrices {\n    raciMatrices {\n      process\n      editable\n      accountableOwner {\n        id\n        name\n      }\n      steps {\n        id\n        step\n        responsible {\n          id\n          name\n        }\n        accountable {\n          id\n          name\n        }\n        consulted {\n          id\n          name\n        }\n        informed {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RaciMatrices {\n    raciMatrices {\n      process\n      editable\n      accountableOwner {\n        id\n        name\n      }\n      steps {\n        id\n        step\n        responsible {\n          id\n          name\n        }\n        accountable {\n          id\n          name\n        }\n        consulted {\n          id\n          name\n        }\n        informed {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRaciStep($id: ID!, $input: RaciStepInput!) {\n    updateRaciStep(id: $id, input: $input) {\n      process\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRaciStep($id: ID!, $input: RaciStepInput!) {\n    updateRaciStep(id: $id, input: $input) {\n      process\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KpiUpdated($dashboard: ID, $widget: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    kpiUpdated(dashboard: $dashboard, widget: $widget, keys: $keys, range: $range, compare: $compare, filter: $filter) {\n      ...KpiFields\n    }\n  }\n"): (typeof documents)["\n  subscription KpiUpdated($dashboard: ID, $widget: ID, $keys: [ID!], $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    kpiUpdated(dashboard: $dashboard, widget: $widget, keys: $keys, range: $range, compare: $compare, filter: $filter) {\n      ...KpiFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      sharedWith\n      unit {\n        ...UnitFields\n      }\n      direction\n      aggregation\n      formula\n      source\n      inputs\n      owner(locale: $locale)\n      reviewCadence\n      dimensions\n      domain {\n        min\n        max\n      }\n    }\n    kpi(key: $key, range: $range, compare: $compare, filter: $filter) {\n      ...KpiDetailFields\n    }\n  }\n"): (typeof documents)["\n  query MetricDetail($key: ID!, $range: RangeInput, $compare: Comparison!, $filter: [DimensionFilterInput!], $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      description(locale: $locale)\n      department\n      sharedWith\n      unit {\n        ...UnitFields\n      }\n      direction\n      aggregation\n      formula\n      source\n      inputs\n      owner(locale: $locale)\n      reviewCadence\n      dimensions\n      domain {\n        min\n        max\n      }\n    }\n    kpi(key: $key, range: $range, compare: $compare, filter: $filter) {\n      ...KpiDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiDetailFields on Kpi {\n    ...KpiFields\n    pacing {\n      trajectory {\n        at\n        value\n      }\n    }\n    forecast {\n      granularity\n      points {\n        at\n        value\n        lower\n        upper\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KpiDetailFields on Kpi {\n    ...KpiFields\n    pacing {\n      trajectory {\n        at\n        value\n      }\n    }\n    forecast {\n      granularity\n      points {\n        at\n        value\n        lower\n        upper\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MetricKpiUpdated($keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpiUpdated(keys: $keys, range: $range, compare: $compare) {\n      ...KpiDetailFields\n    }\n  }\n"): (typeof documents)["\n  subscription MetricKpiUpdated($keys: [ID!], $range: RangeInput, $compare: Comparison!, $locale: String) {\n    kpiUpdated(keys: $keys, range: $range, compare: $compare) {\n      ...KpiDetailFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query MetricUnit($key: ID!, $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetricUnit($key: ID!, $locale: String) {\n    metric(key: $key) {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOpenReviewCount {\n    myOpenReviewCount\n  }\n"): (typeof documents)["\n  query MyOpenReviewCount {\n    myOpenReviewCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewActionItemFields on ReviewActionItem {\n    id\n    reviewId\n    metricKey\n    metric {\n      key\n      name(locale: $locale)\n    }\n    owner {\n      id\n      name\n    }\n    dueDate\n    text\n    doneAt\n    overdue\n  }\n"): (typeof documents)["\n  fragment ReviewActionItemFields on ReviewActionItem {\n    id\n    reviewId\n    metricKey\n    metric {\n      key\n      name(locale: $locale)\n    }\n    owner {\n      id\n      name\n    }\n    dueDate\n    text\n    doneAt\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewSummaryFields on Review {\n    id\n    subjectKind\n    subjectKey\n    subjectName(locale: $locale)\n    cadence\n    owner {\n      id\n      name\n    }\n    periodFrom\n    periodTo\n    dueBy\n    completedAt\n    overdue\n  }\n"): (typeof documents)["\n  fragment ReviewSummaryFields on Review {\n    id\n    subjectKind\n    subjectKey\n    subjectName(locale: $locale)\n    cadence\n    owner {\n      id\n      name\n    }\n    periodFrom\n    periodTo\n    dueBy\n    completedAt\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewBoard($locale: String) {\n    reviewBoard {\n      overdue {\n        ...ReviewSummaryFields\n      }\n      open {\n        ...ReviewSummaryFields\n      }\n      recentlyCompleted {\n        ...ReviewSummaryFields\n        completedBy {\n          id\n          name\n        }\n      }\n      actionItemsByOwner {\n        owner {\n          id\n          name\n        }\n        items {\n          ...ReviewActionItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewBoard($locale: String) {\n    reviewBoard {\n      overdue {\n        ...ReviewSummaryFields\n      }\n      open {\n        ...ReviewSummaryFields\n      }\n      recentlyCompleted {\n        ...ReviewSummaryFields\n        completedBy {\n          id\n          name\n        }\n      }\n      actionItemsByOwner {\n        owner {\n          id\n          name\n        }\n        items {\n          ...ReviewActionItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Review($id: ID!, $locale: String) {\n    review(id: $id) {\n      ...ReviewSummaryFields\n      editable\n      completedBy {\n        id\n        name\n      }\n      kpis {\n        metricKey\n        metric {\n          key\n          name(locale: $locale)\n          unit {\n            kind\n            currency\n            scaleMin\n            scaleMax\n          }\n          direction\n        }\n        value\n        target\n        status\n        change\n        changeRatio\n        paceStatus\n        comment\n        needsComment\n      }\n      actionItems {\n        ...ReviewActionItemFields\n      }\n      carriedActionItems {\n        ...ReviewActionItemFields\n      }\n    }\n    reviewPeople {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Review($id: ID!, $locale: String) {\n    review(id: $id) {\n      ...ReviewSummaryFields\n      editable\n      completedBy {\n        id\n        name\n      }\n      kpis {\n        metricKey\n        metric {\n          key\n          name(locale: $locale)\n          unit {\n            kind\n            currency\n            scaleMin\n            scaleMax\n          }\n          direction\n        }\n        value\n        target\n        status\n        change\n        changeRatio\n        paceStatus\n        comment\n        needsComment\n      }\n      actionItems {\n        ...ReviewActionItemFields\n      }\n      carriedActionItems {\n        ...ReviewActionItemFields\n      }\n    }\n    reviewPeople {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricActionItems($metricKey: ID!, $locale: String) {\n    metricActionItems(metricKey: $metricKey) {\n      ...ReviewActionItemFields\n    }\n  }\n"): (typeof documents)["\n  query MetricActionItems($metricKey: ID!, $locale: String) {\n    metricActionItems(metricKey: $metricKey) {\n      ...ReviewActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentReviewKpi($reviewId: ID!, $metricKey: ID!, $comment: String!) {\n    commentReviewKpi(reviewId: $reviewId, metricKey: $metricKey, comment: $comment) {\n      metricKey\n      comment\n      needsComment\n    }\n  }\n"): (typeof documents)["\n  mutation CommentReviewKpi($reviewId: ID!, $metricKey: ID!, $comment: String!) {\n    commentReviewKpi(reviewId: $reviewId, metricKey: $metricKey, comment: $comment) {\n      metricKey\n      comment\n      needsComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReviewActionItem($input: ReviewActionItemInput!, $locale: String) {\n    addReviewActionItem(input: $input) {\n      ...ReviewActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddReviewActionItem($input: ReviewActionItemInput!, $locale: String) {\n    addReviewActionItem(input: $input) {\n      ...ReviewActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReviewActionItemDone($id: ID!, $done: Boolean!, $locale: String) {\n    setReviewActionItemDone(id: $id, done: $done) {\n      ...ReviewActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetReviewActionItemDone($id: ID!, $done: Boolean!, $locale: String) {\n    setReviewActionItemDone(id: $id, done: $done) {\n      ...ReviewActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteReview($id: ID!, $locale: String) {\n    completeReview(id: $id) {\n      ...ReviewSummaryFields\n      editable\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteReview($id: ID!, $locale: String) {\n    completeReview(id: $id) {\n      ...ReviewSummaryFields\n      editable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardReviewSettings($slug: ID!) {\n    dashboardReviewSettings(slug: $slug) {\n      slug\n      owner {\n        id\n        name\n      }\n      cadence\n    }\n    reviewPeople {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DashboardReviewSettings($slug: ID!) {\n    dashboardReviewSettings(slug: $slug) {\n      slug\n      owner {\n        id\n        name\n      }\n      cadence\n    }\n    reviewPeople {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDashboardReview($slug: ID!, $ownerUserId: ID, $cadence: ReviewCadence) {\n    setDashboardReview(slug: $slug, ownerUserId: $ownerUserId, cadence: $cadence) {\n      slug\n      owner {\n        id\n        name\n      }\n      cadence\n    }\n  }\n"): (typeof documents)["\n  mutation SetDashboardReview($slug: ID!, $ownerUserId: ID, $cadence: ReviewCadence) {\n    setDashboardReview(slug: $slug, ownerUserId: $ownerUserId, cadence: $cadence) {\n      slug\n      owner {\n        id\n        name\n      }\n      cadence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadRow on Lead {\n    id\n    name\n    company\n    channel\n    campaign\n    region\n    segment\n    status\n    score\n    createdAt\n    owner {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeadRow on Lead {\n    id\n    name\n    company\n    channel\n    campaign\n    region\n    segment\n    status\n    score\n    createdAt\n    owner {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Funnel($range: RangeInput) {\n    funnel(range: $range, groupBy: \"channel\") {\n      period {\n        from\n        to\n      }\n      total {\n        ...FunnelGroupFields\n      }\n      groups {\n        ...FunnelGroupFields\n      }\n    }\n  }\n\n  fragment FunnelGroupFields on FunnelGroup {\n    key\n    stages {\n      status\n      entered\n      conversion\n      medianHoursInStage\n    }\n    responseTime {\n      contacted\n      medianHours\n      p90Hours\n    }\n    winRate\n  }\n"): (typeof documents)["\n  query Funnel($range: RangeInput) {\n    funnel(range: $range, groupBy: \"channel\") {\n      period {\n        from\n        to\n      }\n      total {\n        ...FunnelGroupFields\n      }\n      groups {\n        ...FunnelGroupFields\n      }\n    }\n  }\n\n  fragment FunnelGroupFields on FunnelGroup {\n    key\n    stages {\n      status\n      entered\n      conversion\n      medianHoursInStage\n    }\n    responseTime {\n      contacted\n      medianHours\n      p90Hours\n    }\n    winRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlaBreachFields on SlaBreach {\n    id\n    dueAt\n    startedAt\n    policy {\n      key\n      name(locale: $locale)\n    }\n    lead {\n      ...LeadRow\n    }\n  }\n"): (typeof documents)["\n  fragment SlaBreachFields on SlaBreach {\n    id\n    dueAt\n    startedAt\n    policy {\n      key\n      name(locale: $locale)\n    }\n    lead {\n      ...LeadRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaBreaches($range: RangeInput, $locale: String) {\n    slaBreaches(range: $range, first: 20) {\n      ...SlaBreachFields\n    }\n  }\n"): (typeof documents)["\n  query SlaBreaches($range: RangeInput, $locale: String) {\n    slaBreaches(range: $range, first: 20) {\n      ...SlaBreachFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlaBreached($locale: String) {\n    slaBreached {\n      ...SlaBreachFields\n    }\n  }\n"): (typeof documents)["\n  subscription SlaBreached($locale: String) {\n    slaBreached {\n      ...SlaBreachFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads($filter: LeadFilterInput, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...LeadRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leads($filter: LeadFilterInput, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...LeadRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lead($id: ID!, $locale: String) {\n    lead(id: $id) {\n      ...LeadRow\n      externalId\n      email\n      companySize\n      statusChangedAt\n      firstContactAt\n      scoreBreakdown {\n        rule\n        name\n        category\n        points\n      }\n      opportunity {\n        amount\n        currency\n        stage\n        openedAt\n        expectedCloseAt\n        closedAt\n        closeReason\n      }\n      slaClocks {\n        id\n        state\n        startedAt\n        dueAt\n        metAt\n        policy {\n          key\n          name(locale: $locale)\n        }\n      }\n      journey {\n        id\n        at\n        kind\n        fromStatus\n        toStatus\n        actor\n        actorName\n        assigneeName\n        reason\n        repKey\n        details\n        contributions {\n          metricKey\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Lead($id: ID!, $locale: String) {\n    lead(id: $id) {\n      ...LeadRow\n      externalId\n      email\n      companySize\n      statusChangedAt\n      firstContactAt\n      scoreBreakdown {\n        rule\n        name\n        category\n        points\n      }\n      opportunity {\n        amount\n        currency\n        stage\n        openedAt\n        expectedCloseAt\n        closedAt\n        closeReason\n      }\n      slaClocks {\n        id\n        state\n        startedAt\n        dueAt\n        metAt\n        policy {\n          key\n          name(locale: $locale)\n        }\n      }\n      journey {\n        id\n        at\n        kind\n        fromStatus\n        toStatus\n        actor\n        actorName\n        assigneeName\n        reason\n        repKey\n        details\n        contributions {\n          metricKey\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeadChanged($id: ID) {\n    leadChanged(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription LeadChanged($id: ID) {\n    leadChanged(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertRuleFields on AlertRule {\n    id\n    name\n    metricKey\n    metricName(locale: $locale)\n    kind\n    granularity\n    owner\n    ownerUserId\n    channelIds\n    active\n    firing\n    params {\n      threshold\n      side\n      band\n      changeRatio\n      clearAfter\n    }\n  }\n"): (typeof documents)["\n  fragment AlertRuleFields on AlertRule {\n    id\n    name\n    metricKey\n    metricName(locale: $locale)\n    kind\n    granularity\n    owner\n    ownerUserId\n    channelIds\n    active\n    firing\n    params {\n      threshold\n      side\n      band\n      changeRatio\n      clearAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertRules($metricKey: ID, $locale: String) {\n    alertRules(metricKey: $metricKey) {\n      ...AlertRuleFields\n    }\n  }\n"): (typeof documents)["\n  query AlertRules($metricKey: ID, $locale: String) {\n    alertRules(metricKey: $metricKey) {\n      ...AlertRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleFormOptions($metricKey: ID!, $locale: String) {\n    metric(key: $metricKey) {\n      key\n      name(locale: $locale)\n      department\n      unit {\n        ...UnitFields\n      }\n    }\n    alertRuleOwnerCandidates(metricKey: $metricKey) {\n      id\n      name\n      email\n    }\n    channels {\n      id\n      name\n      kind\n      department\n    }\n  }\n"): (typeof documents)["\n  query RuleFormOptions($metricKey: ID!, $locale: String) {\n    metric(key: $metricKey) {\n      key\n      name(locale: $locale)\n      department\n      unit {\n        ...UnitFields\n      }\n    }\n    alertRuleOwnerCandidates(metricKey: $metricKey) {\n      id\n      name\n      email\n    }\n    channels {\n      id\n      name\n      kind\n      department\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleMetrics($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n    }\n  }\n"): (typeof documents)["\n  query RuleMetrics($locale: String) {\n    metrics {\n      key\n      name(locale: $locale)\n      department\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertRuleBacktest($input: AlertRuleInput!) {\n    alertRuleBacktest(input: $input) {\n      from\n      to\n      granularity\n      fired\n      firingAtEnd\n      events {\n        transition\n        at\n        value\n        reference\n      }\n      points {\n        at\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertRuleBacktest($input: AlertRuleInput!) {\n    alertRuleBacktest(input: $input) {\n      from\n      to\n      granularity\n      fired\n      firingAtEnd\n      events {\n        transition\n        at\n        value\n        reference\n      }\n      points {\n        at\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlertRule($input: AlertRuleInput!, $locale: String) {\n    createAlertRule(input: $input) {\n      ...AlertRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAlertRule($input: AlertRuleInput!, $locale: String) {\n    createAlertRule(input: $input) {\n      ...AlertRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlertRule($id: ID!, $input: AlertRuleInput!, $locale: String) {\n    updateAlertRule(id: $id, input: $input) {\n      ...AlertRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAlertRule($id: ID!, $input: AlertRuleInput!, $locale: String) {\n    updateAlertRule(id: $id, input: $input) {\n      ...AlertRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAlertRuleActive($id: ID!, $active: Boolean!, $locale: String) {\n    setAlertRuleActive(id: $id, active: $active) {\n      ...AlertRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAlertRuleActive($id: ID!, $active: Boolean!, $locale: String) {\n    setAlertRuleActive(id: $id, active: $active) {\n      ...AlertRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAlertRule($id: ID!) {\n    deleteAlertRule(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAlertRule($id: ID!) {\n    deleteAlertRule(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShareLinkFields on ShareLink {\n    id\n    dashboardSlug\n    label\n    expiresAt\n    revokedAt\n    status\n    createdByName\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ShareLinkFields on ShareLink {\n    id\n    dashboardSlug\n    label\n    expiresAt\n    revokedAt\n    status\n    createdByName\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareLinks($dashboardSlug: ID!) {\n    shareLinks(dashboardSlug: $dashboardSlug) {\n      ...ShareLinkFields\n    }\n  }\n"): (typeof documents)["\n  query ShareLinks($dashboardSlug: ID!) {\n    shareLinks(dashboardSlug: $dashboardSlug) {\n      ...ShareLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareLink($input: ShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateShareLink($input: ShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedDashboard {\n    sharedDashboard {\n      slug\n    }\n  }\n"): (typeof documents)["\n  query SharedDashboard {\n    sharedDashboard {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SqlConnectionFields on SqlConnection {\n    id\n    name\n    host\n    database\n  }\n"): (typeof documents)["\n  fragment SqlConnectionFields on SqlConnection {\n    id\n    name\n    host\n    database\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SqlSourceFields on SqlSource {\n    metricKey\n    connectionId\n    query\n    timeColumn\n    valueColumn\n    dimensionColumns\n    everyMinutes\n    cron\n    intervalMinutes\n    active\n    watermark\n    nextRunAt\n    lastSyncAt\n    lastError\n    consecutiveFailures\n    status\n  }\n"): (typeof documents)["\n  fragment SqlSourceFields on SqlSource {\n    metricKey\n    connectionId\n    query\n    timeColumn\n    valueColumn\n    dimensionColumns\n    everyMinutes\n    cron\n    intervalMinutes\n    active\n    watermark\n    nextRunAt\n    lastSyncAt\n    lastError\n    consecutiveFailures\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources($locale: String) {\n    sqlConnections {\n      ...SqlConnectionFields\n    }\n    sqlSources {\n      ...SqlSourceFields\n    }\n    metrics {\n      key\n      name(locale: $locale)\n      formula\n      source\n    }\n  }\n"): (typeof documents)["\n  query Sources($locale: String) {\n    sqlConnections {\n      ...SqlConnectionFields\n    }\n    sqlSources {\n      ...SqlSourceFields\n    }\n    metrics {\n      key\n      name(locale: $locale)\n      formula\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlSyncRuns($metricKey: ID!) {\n    sqlSyncRuns(metricKey: $metricKey, first: 20) {\n      id\n      startedAt\n      durationMs\n      rowsRead\n      pointsWritten\n      error\n      errorField\n    }\n  }\n"): (typeof documents)["\n  query SqlSyncRuns($metricKey: ID!) {\n    sqlSyncRuns(metricKey: $metricKey, first: 20) {\n      id\n      startedAt\n      durationMs\n      rowsRead\n      pointsWritten\n      error\n      errorField\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlQueryPreview($input: SqlSourceInput!) {\n    sqlQueryPreview(input: $input) {\n      columns {\n        name\n        type\n      }\n      rows {\n        cells\n      }\n      points {\n        at\n        value\n        dimensions {\n          name\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlQueryPreview($input: SqlSourceInput!) {\n    sqlQueryPreview(input: $input) {\n      columns {\n        name\n        type\n      }\n      rows {\n        cells\n      }\n      points {\n        at\n        value\n        dimensions {\n          name\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSqlConnection($input: SqlConnectionInput!) {\n    createSqlConnection(input: $input) {\n      ...SqlConnectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSqlConnection($input: SqlConnectionInput!) {\n    createSqlConnection(input: $input) {\n      ...SqlConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSqlConnection($id: ID!, $input: SqlConnectionInput!) {\n    updateSqlConnection(id: $id, input: $input) {\n      ...SqlConnectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSqlConnection($id: ID!, $input: SqlConnectionInput!) {\n    updateSqlConnection(id: $id, input: $input) {\n      ...SqlConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSqlConnection($id: ID!) {\n    deleteSqlConnection(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSqlConnection($id: ID!) {\n    deleteSqlConnection(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSqlConnection($connectionId: ID, $connectionString: String) {\n    testSqlConnection(connectionId: $connectionId, connectionString: $connectionString) {\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation TestSqlConnection($connectionId: ID, $connectionString: String) {\n    testSqlConnection(connectionId: $connectionId, connectionString: $connectionString) {\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSqlSource($input: SqlSourceInput!) {\n    saveSqlSource(input: $input) {\n      ...SqlSourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSqlSource($input: SqlSourceInput!) {\n    saveSqlSource(input: $input) {\n      ...SqlSourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSqlSource($metricKey: ID!) {\n    deleteSqlSource(metricKey: $metricKey) {\n      metricKey\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSqlSource($metricKey: ID!) {\n    deleteSqlSource(metricKey: $metricKey) {\n      metricKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncSqlSource($metricKey: ID!) {\n    syncSqlSource(metricKey: $metricKey)\n  }\n"): (typeof documents)["\n  mutation SyncSqlSource($metricKey: ID!) {\n    syncSqlSource(metricKey: $metricKey)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowRecord($id: ID!, $locale: String) {\n    workflowRecord(id: $id) {\n      id\n      workflow\n      externalId\n      title\n      account\n      segment\n      priority\n      category\n      state\n      owner\n      renewalDate\n      amount\n      openedAt\n      stateChangedAt\n      slaClocks {\n        id\n        state\n        startedAt\n        dueAt\n        metAt\n        policy {\n          key\n          name(locale: $locale)\n          target\n        }\n      }\n      journey {\n        id\n        at\n        kind\n        fromState\n        toState\n        actor\n        reason\n        contributions {\n          metricKey\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowRecord($id: ID!, $locale: String) {\n    workflowRecord(id: $id) {\n      id\n      workflow\n      externalId\n      title\n      account\n      segment\n      priority\n      category\n      state\n      owner\n      renewalDate\n      amount\n      openedAt\n      stateChangedAt\n      slaClocks {\n        id\n        state\n        startedAt\n        dueAt\n        metAt\n        policy {\n          key\n          name(locale: $locale)\n          target\n        }\n      }\n      journey {\n        id\n        at\n        kind\n        fromState\n        toState\n        actor\n        reason\n        contributions {\n          metricKey\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkflowRecordChanged($id: ID) {\n    workflowRecordChanged(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  subscription WorkflowRecordChanged($id: ID) {\n    workflowRecordChanged(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowBreachFields on WorkflowSlaBreach {\n    id\n    dueAt\n    policy {\n      key\n      name(locale: $locale)\n    }\n    record {\n      id\n      workflow\n      externalId\n      title\n      account\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment WorkflowBreachFields on WorkflowSlaBreach {\n    id\n    dueAt\n    policy {\n      key\n      name(locale: $locale)\n    }\n    record {\n      id\n      workflow\n      externalId\n      title\n      account\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkflowSlaBreached($workflows: [Workflow!], $locale: String) {\n    workflowSlaBreached(workflows: $workflows) {\n      ...WorkflowBreachFields\n    }\n  }\n"): (typeof documents)["\n  subscription WorkflowSlaBreached($workflows: [Workflow!], $locale: String) {\n    workflowSlaBreached(workflows: $workflows) {\n      ...WorkflowBreachFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowMetrics($locale: String) {\n    metrics(department: CUSTOMER_SUCCESS) {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowMetrics($locale: String) {\n    metrics(department: CUSTOMER_SUCCESS) {\n      key\n      name(locale: $locale)\n      unit {\n        ...UnitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFields on Unit {\n    kind\n    currency\n    scaleMin\n    scaleMax\n  }\n"): (typeof documents)["\n  fragment UnitFields on Unit {\n    kind\n    currency\n    scaleMin\n    scaleMax\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;