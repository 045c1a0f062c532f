import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/**
 * Why a database operation failed in a way worth retrying as a whole, once nothing of it was committed:
 * - `unavailable`: the server cannot be reached or the connection was lost (down, restarting, shut down by an
 *   administrator, refusing connections);
 * - `conflict`: PostgreSQL aborted the transaction against a concurrent one (serialization failure, deadlock);
 * - `timeout`: a statement ran past its bound (statement_timeout, lock_timeout).
 */
export type DatabaseFailure = 'unavailable' | 'conflict' | 'timeout';

// SQLSTATE codes and classes (https://www.postgresql.org/docs/current/errcodes-appendix.html) and Node's socket codes.
const FAILURE_BY_CODE: ReadonlyMap<string, DatabaseFailure> = new Map([
  // Socket-level failures of the connection.
  ...['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].map((code) => [code, 'unavailable'] as const),
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down), too_many_connections.
  ...['57P01', '57P02', '57P03', '53300'].map((code) => [code, 'unavailable'] as const),
  ['40001', 'conflict'], // serialization_failure
  ['40P01', 'conflict'], // deadlock_detected
  ['57014', 'timeout'], // query_canceled: statement_timeout (or a cancel from an operator)
  ['55P03', 'timeout'], // lock_not_available: lock_timeout
]);
/** Class 08, connection exception, whatever the subclass. */
const CONNECTION_EXCEPTION_CLASS = '08';
// node-postgres reports a dropped or timed-out connection by message only.
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/;

/**
 * The cause of a retryable database failure, or null for any other error (a failing query, a bug). Follows
 * TypeORM's `driverError`, `cause` chains and AggregateErrors (connecting to a host with several addresses).
 * The one place that decides it, for HTTP, WebSockets and background work alike.
 */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  if (!(error instanceof Error)) return null;
  // TypeORM releases a query runner in the middle of its work only when its connection reported an error (the
  // server went away); the next statement of that transaction then fails with one of these, not the socket error.
  if (error instanceof QueryRunnerProviderAlreadyReleasedError || error instanceof QueryRunnerAlreadyReleasedError) return 'unavailable';
  const { code, driverError } = error as Error & { code?: unknown; driverError?: unknown };
  if (driverError) return databaseFailureOf(driverError);
  if (typeof code === 'string') {
    const failure = FAILURE_BY_CODE.get(code) ?? (code.startsWith(CONNECTION_EXCEPTION_CLASS) ? 'unavailable' : null);
    if (failure) return failure;
  }
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const failure = databaseFailureOf(inner);
      if (failure) return failure;
    }
  }
  if (UNAVAILABLE_MESSAGES.test(error.message)) return 'unavailable';
  return error.cause ? databaseFailureOf(error.cause) : null;
}

/** What clients are told for each cause: all answer HTTP 503 SERVICE_UNAVAILABLE with Retry-After. */
export const DATABASE_FAILURE_ANSWERS: Readonly<Record<DatabaseFailure, { message: string; retryAfterSeconds: number }>> = {
  unavailable: { message: 'The database is unavailable; retry shortly', retryAfterSeconds: 2 },
  conflict: { message: 'The operation conflicted with another one and was not applied; retry it', retryAfterSeconds: 1 },
  timeout: { message: 'The database took too long to answer and nothing was applied; retry shortly', retryAfterSeconds: 5 },
};
