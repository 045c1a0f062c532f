export {
  AGGREGATIONS,
  COMPARISONS,
  DEPARTMENTS,
  DIRECTIONS,
  GRANULARITIES,
  isPercentile,
  KPI_STATUSES,
  METRIC_SOURCES,
  PERCENTILE_FRACTIONS,
  RANGE_PRESETS,
  REVIEW_CADENCES,
  TARGET_KINDS,
  UNIT_KINDS,
} from './types';
export type {
  Aggregation,
  Comparison,
  Department,
  Direction,
  Granularity,
  KpiStatus,
  MetricDefinition,
  MetricSource,
  PercentileAggregation,
  RangePreset,
  RangeSpec,
  ReviewCadence,
  TargetDefinition,
  TargetKind,
  TimeRange,
  Unit,
  UnitKind,
} from './types';

export { add, fromZonedParts, isValidTimeZone, startOf, toZonedParts } from './time-zone';
export type { CalendarUnit, ZonedParts } from './time-zone';

export { MAX_SERIES_POINTS, bucketBoundError, bucketCount, bucketStarts, comparisonRange, defaultGranularity, resolveRange } from './period';

export { FormulaError, evaluateFormula, formulaInputs, parseFormula } from './formula';
export type { FormulaNode } from './formula';

export { aggregatePoints, aggregationProblem, percentile, seriesKey } from './aggregate';
export type { Point } from './aggregate';

export {
  DIMENSION_LIMITS,
  DIMENSION_NAME_PATTERN,
  MAX_BATCH_SIZE,
  MAX_FUTURE_SKEW_MS,
  MIN_OBSERVATION_DATE,
  dimensionFilterProblem,
  unstorableText,
  validateDimensions,
  validateObservationValue,
  dimensionValueLabel,
} from './dimensions';
export type { DimensionFilterInput, DimensionFilterProblem, DimensionsValidation } from './dimensions';

export {
  DEFAULT_TOLERANCE,
  attainment,
  changeSentiment,
  computeChange,
  evaluateStatus,
  targetInForce,
} from './status';

export { EMPTY_VALUE, displayedChange, formatChange, formatDateTime, formatDelta, formatDuration, formatValue } from './format';

export { emptyBucketValue, mergeSeriesStats, rollUp } from './rollup';
export type { SeriesStats } from './rollup';

export { HOUR_MS, planRollupSources, touchedHours } from './rollup-plan';
export type { RollupSourcePlan, Span, TouchedHours } from './rollup-plan';

export { MIN_FORECAST_POINTS, forecastSeries, normalQuantile, projectedTargetDate } from './forecast';
export type { Forecast, ForecastStep } from './forecast';

export { UNBOUNDED, axisScale, clampToDomain, niceStep, valueDomain } from './value-domain';
export type { AxisScale, DomainDefinition, ValueDomain } from './value-domain';

export {
  ALERT_RULE_KINDS,
  ALERT_SIDES,
  DEFAULT_ANOMALY_CONFIDENCE,
  DEFAULT_CLEAR_AFTER,
  DEFAULT_HYSTERESIS,
  DEFAULT_MIN_FAILURES,
  INITIAL_ALERT_STATE,
  evaluateCondition,
  stepAlertState,
  validateAlertParams,
} from './alerting';
export type { AlertCondition, AlertInput, AlertRuleKind, AlertRuleParams, AlertSide, AlertState, AlertTransition } from './alerting';

export { ANOMALY_HISTORY_BUCKETS, SLA_CLEAR_AFTER, alertInputAt, backtestAlertRule, clearAfterOf } from './backtest';
export type { Backtest, BacktestEvent, RuleBucket } from './backtest';

export { contributions, describeContributions, topContributions } from './contribution';
export type { BreakdownEntry, Contribution, DimensionBreakdown } from './contribution';

export {
  DEFAULT_PACING_TOLERANCE,
  GOAL_SHAPES,
  PACING_STATUSES,
  evaluatePacing,
  expectedAt,
  goalInForce,
  trajectoryPoints,
  validateGoalTrajectory,
} from './pacing';
export type { GoalMilestone, GoalShape, GoalTrajectory, GoalValidationError, Pacing, PacingStatus, TrajectoryPoint } from './pacing';

export {
  API_KEY_SCOPES,
  AccessRuleError,
  EDIT_ACTIONS,
  REVOPS_DEPARTMENTS,
  ROLES,
  allowsMetric,
  canAdminister,
  canShareDashboards,
  canChangeAuthored,
  canEdit,
  canEditDashboard,
  canEditOwned,
  canEditPlan,
  canEditRevOps,
  canIngest,
  canReadDepartment,
  canReadOwned,
  canReadRevOps,
  canShareWithDepartments,
  departmentsOf,
  keyGrant,
  sharingProblems,
  metricAccess,
  readableDepartments,
  userGrant,
} from './access';
export type { ApiKeyScope, DashboardOwnership, EditAction, Grant, MetricAccess, Owned, Role } from './access';

export { ATTENTION_REASONS, attentionReasons, compareAttention, flaggedSince } from './attention';
export type { AttentionCandidate, AttentionReason, FlaggedSince, FlaggedWindow } from './attention';

export { backoffDelay } from './backoff';
export type { Backoff } from './backoff';

export { COMPANY_DASHBOARD, REVOPS_DASHBOARD } from './dashboards';
export {
  DASHBOARD_DOCUMENT_FORMAT,
  DASHBOARD_DOCUMENT_VERSION,
  GRID_COLUMNS,
  MAX_DASHBOARD_DESCRIPTION,
  MAX_DASHBOARD_TITLE,
  MAX_WIDGETS,
  MAX_WIDGET_HEIGHT,
  MAX_WIDGET_TEXT,
  WIDGET_METRIC_COUNTS,
  WIDGET_TYPES,
  WORKFLOW_WIDGETS,
  dashboardProblems,
  workflowScorecardMetrics,
  parseDashboardDocument,
  summarizeDashboardChange,
  normalizedWidget,
  toDashboardDocument,
} from './dashboard-layout';
export type { DashboardContent, DashboardDocument, DashboardWidget, LayoutProblem, WidgetChecks, WidgetRange, WidgetType } from './dashboard-layout';

export { FUNNEL_PATH, LEAD_STATUSES, OPEN_STATUSES, isOpen, transitionProblem } from './lead-lifecycle';
export type { LeadStatus } from './lead-lifecycle';

export {
  CONTACT_KINDS,
  LEAD_EVENT_KINDS,
  LEAD_FACT_METRICS,
  eventFacts,
  hoursBetween,
  leadDimensions,
  observationDimensions,
} from './lead-facts';
export type { ContactKind, FactSource, LeadDimensions, LeadEventKind } from './lead-facts';

export { routeLead } from './lead-routing';
export type { RoutableRep, Routing } from './lead-routing';

export { SCORING_CATEGORIES, SCORING_OPERATORS, scoreLead } from './lead-scoring';
export type { ScorableLead, ScoreContribution, ScoringCategory, ScoringOperator, ScoringRule, ScoringValue } from './lead-scoring';

export { MAX_EXPECTED_INTERVAL_MINUTES, ageMinutes, checkExpectedInterval, freshnessOf } from './freshness';
export type { Freshness } from './freshness';

export { IMPORT_REASON_CODES, isImportReasonCode } from './import-reasons';
export type { ImportReason, ImportReasonCode } from './import-reasons';

export { COST_CATEGORIES, DAYS_PER_MONTH, actualEconomics, elapsedMonths, plannedEconomics, portfolioEconomics } from './initiative-economics';
export type { CostCategory, EconomicsFigure, EconomicsGap, InitiativeEconomics, PortfolioEconomics } from './initiative-economics';
export {
  LIFECYCLES, RENEWAL_LEAD_DAYS, SLA_WORKFLOWS, TICKET_PRIORITIES, WORKFLOW_ATTAINMENT_METRICS, WORKFLOWS, canReadSlaWorkflow, isClosedState, isSlaWorkflow, isWorkflow,
  slaWorkflowDepartments, workflowStates, workflowTransitionProblem,
} from './workflow-lifecycle';
export type { Lifecycle, SlaWorkflow, TicketPriority, Workflow } from './workflow-lifecycle';
export { WORKFLOW_EVENT_KINDS, WORKFLOW_FACT_METRICS, workflowEventFacts, workflowObservationDimensions } from './workflow-facts';
export type { WorkflowDimensions, WorkflowEventKind, WorkflowFactSource } from './workflow-facts';
export { REVIEW_GRACE_DAYS, REVIEW_PERIOD_UNITS, dueReviewPeriod, isReviewOverdue } from './review-schedule';
export type { ReviewPeriod } from './review-schedule';
export { RACI_DEFINITIONS, RACI_PROCESSES, accountableOwner, raciProcessOfMetric } from './raci';
export type { RaciProcess, RaciProcessDefinition } from './raci';
export { checklistProgress, isOverdue, localDay } from './checklist';
export type { ChecklistProgress } from './checklist';
