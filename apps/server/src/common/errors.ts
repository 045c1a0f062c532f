import { GraphQLError } from 'graphql';

/** Client errors carry a machine-readable code and the path of the offending input. */
export function badUserInput(message: string, extensions: { field?: string; index?: number; [key: string]: unknown } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" not found`, { extensions: { code: 'NOT_FOUND', [what.toLowerCase()]: id } });
}
