import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** graphql-js appends these to validation and coercion messages; in production they map out the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** graphql-js's message for a variable that does not fit its type: `… got invalid value … at "input[3].value"; …`. */
const VARIABLE_AT = /^Variable "\$\w+" got invalid value .*? at "([^"]+)";/s;

function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/** Apollo codes every validation error GRAPHQL_VALIDATION_FAILED; a rule that classifies its error keeps its code. */
function ruleCode(formatted: GraphQLFormattedError, error: unknown): unknown {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !(error instanceof GraphQLError)) return undefined;
  return error.originalError instanceof GraphQLError ? error.originalError.extensions.code : undefined;
}

/**
 * An error about a client's input, as the client sees it: in production without "Did you mean…" suggestions;
 * a variable that did not fit its type names its path (`field`) and the item's position (`index`) as our
 * own input errors do.
 */
export function clientError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const at = VARIABLE_AT.exec(formatted.message)?.[1];
  const index = at ? /\[(\d+)\]/.exec(at)?.[1] : undefined;
  // graphql-ws passes graphql-js's variable errors on uncoded; Apollo codes them BAD_USER_INPUT.
  const code = ruleCode(formatted, error) ?? (formatted.message.startsWith('Variable "$') && !formatted.extensions?.code ? 'BAD_USER_INPUT' : undefined);
  let extensions = formatted.extensions;
  if (at && extensions?.field === undefined) extensions = { ...extensions, field: at, ...(index === undefined ? {} : { index: Number(index) }) };
  if (code) extensions = { ...extensions, code };
  const message = production ? withoutSuggestions(formatted.message) : formatted.message;
  return message === formatted.message && extensions === formatted.extensions ? formatted : { ...formatted, message, extensions };
}
