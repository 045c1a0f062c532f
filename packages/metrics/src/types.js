"use strict";
/** The shared contract of OpsHub's metrics domain: enums and shapes used by server and web. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.KPI_STATUSES = exports.TARGET_KINDS = exports.GRANULARITIES = exports.COMPARISONS = exports.RANGE_PRESETS = exports.REVIEW_CADENCES = exports.AGGREGATIONS = exports.DIRECTIONS = exports.UNIT_KINDS = exports.DEPARTMENTS = void 0;
exports.DEPARTMENTS = ['EXECUTIVE', 'SALES', 'MARKETING', 'CUSTOMER_SUCCESS', 'PRODUCT', 'OPERATIONS', 'FINANCE'];
exports.UNIT_KINDS = ['PERCENT', 'CURRENCY', 'COUNT', 'DAYS', 'HOURS', 'MINUTES', 'SECONDS', 'SCORE', 'RATIO', 'MULTIPLIER'];
exports.DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
/**
 * How a metric rolls up over time and across dimension series.
 * SUM: flows (revenue, lead counts). LAST: stocks (ARR, customers); the last value of each series in
 * the period, series then summed. AVG/MIN/MAX: over all points of the period.
 */
exports.AGGREGATIONS = ['SUM', 'LAST', 'AVG', 'MIN', 'MAX'];
exports.REVIEW_CADENCES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL'];
exports.RANGE_PRESETS = [
    'LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_90_DAYS', 'MONTH_TO_DATE', 'QUARTER_TO_DATE', 'YEAR_TO_DATE',
];
exports.COMPARISONS = ['PREVIOUS_PERIOD', 'PREVIOUS_YEAR'];
exports.GRANULARITIES = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'QUARTER'];
exports.TARGET_KINDS = ['PLAN', 'LONG_TERM'];
exports.KPI_STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];
//# sourceMappingURL=types.js.map