import {
  getNamedType, getNullableType, GraphQLError, GraphQLID, GraphQLString, isInputObjectType, isListType, typeFromAST,
  type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule,
} from 'graphql';
import { unstorableText } from '@opshub/metrics';
import { badUserInput } from '../../common/errors';
import { literalLocation, type Location } from './finite-numbers';

/** String and ID inputs: text stored or compared as given. JSON scalars (dimensions) are checked by their own service, per point. */
const isText = (type: GraphQLInputType | null | undefined): boolean => {
  const named = type ? getNamedType(type) : undefined;
  return named === GraphQLString || named === GraphQLID;
};

function unstorable(reason: string, { field, index }: Location): GraphQLError {
  return badUserInput(`${field} ${reason}`, index === undefined ? { field } : { field, index });
}

/**
 * A NUL byte or a lone surrogate in a String or ID literal, as BAD_USER_INPUT naming its argument path: PostgreSQL
 * refuses both, so they would otherwise surface as INTERNAL_SERVER_ERROR from whichever resolver stored them.
 */
export const storableTextRule: ValidationRule = (context) => ({
  StringValue(node, _key, parent, path, ancestors) {
    if (!isText(context.getInputType())) return;
    const reason = unstorableText(node.value);
    if (!reason) return;
    const error = unstorable(reason, literalLocation(path, [...ancestors, parent]));
    context.reportError(new GraphQLError(error.message, { nodes: [node], extensions: error.extensions }));
  },
});

/** The first String or ID in a variable's value, walked along its declared type, that cannot be stored. */
function badTextIn(value: unknown, type: GraphQLInputType, location: Location): GraphQLError | null {
  if (value === null || value === undefined) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return badTextIn(value, inner.ofType, location);
    for (let i = 0; i < value.length; i++) {
      const found = badTextIn(value[i], inner.ofType, { field: `${location.field}[${i}]`, index: location.index ?? i });
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return null;
    const fields = inner.getFields();
    for (const key in value) {
      const field = fields[key];
      const found = field && badTextIn((value as Record<string, unknown>)[key], field.type, { field: `${location.field}.${key}`, index: location.index });
      if (found) return found;
    }
    return null;
  }
  const reason = isText(inner) && typeof value === 'string' ? unstorableText(value) : null;
  return reason ? unstorable(reason, location) : null;
}

/** The same for the variables, which validation does not see (documents are validated once per text). Null when they are fine. */
export function badTextVariable(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>> | null | undefined): GraphQLError | null {
  if (!variables) return null;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const found = type && badTextIn(variables[name], type, { field: name });
    if (found) return found;
  }
  return null;
}
