import { GraphQLError } from 'graphql';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Client errors carry a machine-readable code and the path of the offending input, and answer HTTP 400. */
export function badUserInput(message: string, extensions: { field?: string; index?: number; [key: string]: unknown } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" not found`, { extensions: { code: 'NOT_FOUND', [what.toLowerCase()]: id } });
}

export interface RejectedItem {
  index: number;
  field: string;
  reason: string;
}

/** An all-or-nothing batch with bad items: every rejected item listed, the first one's path in `field`. */
export function batchRejected(what: string, rejected: readonly RejectedItem[], total: number): GraphQLError {
  const first = rejected[0];
  return badUserInput(
    `${rejected.length} of ${total} ${what} rejected, nothing was written; first: input[${first.index}].${first.field} ${first.reason}`,
    { field: `input[${first.index}].${first.field}`, index: first.index, rejected: rejected.map(({ index, field, reason }) => ({ index, field, reason })) },
  );
}
