// Socket-level failures, and PostgreSQL's class 57P (shutting down, restarting); class 08 is tested by prefix.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
  '57P01', '57P02', '57P03',
]);
// node-postgres reports a dropped or timed-out connection by message only.
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/;

/** True when an error says PostgreSQL cannot be reached right now, as opposed to a failing query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // TypeORM wraps driver errors; connecting to a host with several addresses fails with an AggregateError.
  const { code, driverError } = error as Error & { code?: unknown; driverError?: unknown };
  if (driverError) return isDatabaseUnavailable(driverError);
  if (error instanceof AggregateError && error.errors.some(isDatabaseUnavailable)) return true;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  return UNAVAILABLE_MESSAGES.test(error.message);
}
