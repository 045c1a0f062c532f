import { GraphQLError, Kind, type ASTNode, type FloatValueNode, type IntValueNode, type ValidationRule } from 'graphql';
import { badUserInput } from '../../common/errors';

/** Where a bad number sits, e.g. `input[3].value`, and the item's position when it is in a list. */
export interface Location {
  field: string;
  index?: number;
}

function notFinite(value: number, { field, index }: Location): GraphQLError {
  return badUserInput(`${field} must be a finite number, got ${value}`, index === undefined ? { field } : { field, index });
}

const isNode = (value: unknown): value is ASTNode => typeof value === 'object' && value !== null && 'kind' in value;

/** The argument (or variable default) path of a literal, from the visitor's ancestors and keys. */
export function literalLocation(path: readonly (string | number)[], chain: readonly unknown[]): Location {
  let field = '';
  let index: number | undefined;
  for (let i = 0; i < chain.length; i++) {
    const step = chain[i];
    if (isNode(step)) {
      if (step.kind === Kind.ARGUMENT) field = step.name.value;
      else if (step.kind === Kind.VARIABLE_DEFINITION) field = `$${step.variable.name.value}`;
      else if (step.kind === Kind.OBJECT_FIELD) field += `.${step.name.value}`;
    } else if (Array.isArray(step) && isNode(chain[i - 1]) && (chain[i - 1] as ASTNode).kind === Kind.LIST) {
      const position = path[i] as number;
      field += `[${position}]`;
      index ??= position;
    }
  }
  return { field, index };
}

/**
 * graphql-js turns a Float literal such as `1e400` into Infinity (and an Int literal too long for Float into
 * Infinity where a Float is expected) without complaint; resolvers would store it. Any numeric literal that is
 * not a finite number is refused here, once per document (Apollo and the WebSocket cache keep validated
 * documents), whatever type it is meant for. Variables are checked by `badVariable`.
 */
export const finiteNumbersRule: ValidationRule = (context) => {
  const check = (node: FloatValueNode | IntValueNode, path: readonly (string | number)[], parent: unknown, ancestors: readonly unknown[]) => {
    const value = Number(node.value);
    if (Number.isFinite(value)) return;
    const error = notFinite(value, literalLocation(path, [...ancestors, parent]));
    context.reportError(new GraphQLError(error.message, { nodes: [node], extensions: error.extensions }));
  };
  return {
    FloatValue: (node, _key, parent, path, ancestors) => check(node, path, parent, ancestors),
    IntValue: (node, _key, parent, path, ancestors) => check(node, path, parent, ancestors),
  };
};

/** Whether any number in a JSON value is not finite: a walk without allocations, run on every request. */
function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (hasNonFinite(item)) return true;
    return false;
  }
  for (const key in value) if (hasNonFinite((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** The first non-finite number in a value known to hold one, and its path. */
function locate(value: unknown, location: Location): { value: number; location: Location } {
  if (Array.isArray(value)) {
    const i = value.findIndex(hasNonFinite);
    return locate(value[i], { field: `${location.field}[${i}]`, index: location.index ?? i });
  }
  if (typeof value === 'object' && value !== null) {
    const [key, inner] = Object.entries(value).find(([, item]) => hasNonFinite(item))!;
    return locate(inner, { field: `${location.field}.${key}`, index: location.index });
  }
  return { value: value as number, location };
}

/** JSON variables nest at most this deep: the walks here (and any later one) recurse, and real inputs nest a few levels. */
export const MAX_VARIABLE_DEPTH = 32;

/** Whether a value nests deeper than `MAX_VARIABLE_DEPTH`; the recursion stops at the limit, so it cannot overflow. */
function tooDeep(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_VARIABLE_DEPTH) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (tooDeep(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) if (tooDeep((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/** The path of the first container nested past the limit, in a value known to have one. */
function deepPath(value: unknown, location: Location, depth: number): Location {
  if (depth >= MAX_VARIABLE_DEPTH) return location;
  if (Array.isArray(value)) {
    const i = value.findIndex((item) => tooDeep(item, depth + 1));
    return deepPath(value[i], { field: `${location.field}[${i}]`, index: location.index ?? i }, depth + 1);
  }
  const [key, inner] = Object.entries(value as object).find(([, item]) => tooDeep(item, depth + 1))!;
  return deepPath(inner, { field: `${location.field}.${key}`, index: location.index }, depth + 1);
}

/**
 * What graphql-js lets through in variables but must not reach a resolver, as BAD_USER_INPUT naming the path
 * (`input[3].value`): JSON nested past `MAX_VARIABLE_DEPTH` (walking it would overflow the stack), and numbers
 * JSON.parse reads as ±Infinity (`1e400`), which graphql-js refuses for Float and Int variables but not inside a
 * JSON scalar, nor with the item's position. Null when the variables are fine.
 */
export function badVariable(variables: Readonly<Record<string, unknown>> | null | undefined): GraphQLError | null {
  for (const name in variables) {
    if (tooDeep(variables[name], 0)) {
      const { field, index } = deepPath(variables[name], { field: name }, 0);
      return badUserInput(`${field} nests deeper than ${MAX_VARIABLE_DEPTH} levels`, index === undefined ? { field } : { field, index });
    }
    if (!hasNonFinite(variables[name])) continue;
    const found = locate(variables[name], { field: name });
    return notFinite(found.value, found.location);
  }
  return null;
}
