/** What other features use of the audit trail. */
export { zonedDayEnd } from './lib/auditFilter';
