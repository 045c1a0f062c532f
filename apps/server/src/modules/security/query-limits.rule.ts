import {
  getNamedType, getNullableType, GraphQLError, isCompositeType, isListType, isObjectType, isInterfaceType, Kind,
  type ASTNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField,
  type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule, type FieldNode,
} from 'graphql';

/** Bounds on one operation's shape, counted with its fragments expanded (a fragment spread twice counts twice). */
export interface QueryLimits {
  /** Nested fields, e.g. `{ goals { children { id } } }` is 3. */
  maxDepth: number;
  /**
   * Fields in the largest answer the operation can get, __typename included: a bound on the resolvers run. A field
   * below a list taking `first` counts once per item it may return (nested lists multiply); a list without `first` counts once.
   */
  maxCost: number;
  /** Aliased fields: each can run an expensive root field again with other arguments. */
  maxAliases: number;
  /** Directive uses (@include, @skip…). */
  maxDirectives: number;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
}

const directiveCount = (node: ASTNode & { directives?: readonly unknown[] }): number => node.directives?.length ?? 0;

/** The page-size argument of a paginated field: connections and plain lists alike. */
const PAGE_SIZE_ARGUMENT = 'first';

type Variables = Readonly<Record<string, unknown>> | undefined;

/**
 * How many items a field with `first` may return: the literal, else the variable's value, else (while validating,
 * before variables are known) the variable's default, else the argument's default. Not a positive whole number:
 * 1 (the resolver refuses it).
 */
function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode,
  operation: OperationDefinitionNode, variables: Variables): number {
  const argument = field.args.find((arg) => arg.name === PAGE_SIZE_ARGUMENT);
  if (!argument) return 1;
  const given = node.arguments?.find((arg) => arg.name.value === PAGE_SIZE_ARGUMENT)?.value;
  let size: unknown = argument.defaultValue;
  if (given?.kind === Kind.INT) size = Number(given.value);
  else if (given?.kind === Kind.VARIABLE) {
    const name = given.name.value;
    if (variables && name in variables) size = variables[name];
    else {
      const definition = operation.variableDefinitions?.find((variable) => variable.variable.name.value === name)?.defaultValue;
      if (definition?.kind === Kind.INT) size = Number(definition.value);
    }
  }
  return typeof size === 'number' && Number.isSafeInteger(size) && size > 1 ? size : 1;
}

/**
 * One walk per operation over its selections, fragments measured once per parent type and item multiplier and
 * memoized, so a document that spreads fragments exponentially costs the walk nothing extra. Fragment cycles are
 * reported by graphql-js's NoFragmentCyclesRule (the rules run side by side); here they only stop the walk.
 */
export function measureOperation(schema: GraphQLSchema, fragmentOf: (name: string) => FragmentDefinitionNode | undefined | null,
  operation: OperationDefinitionNode, variables: Variables): Measure {
  const fragments = new Map<string, Measure | 'measuring'>();
  const none = (): Measure => ({ depth: 0, cost: 0, aliases: 0, directives: 0 });

  const measureFragment = (fragment: FragmentDefinitionNode | undefined | null, items: number): Measure => {
    if (!fragment) return none();
    const key = `${fragment.name.value}:${items}`;
    const known = fragments.get(key);
    if (known === 'measuring') return none();
    if (known) return known;
    fragments.set(key, 'measuring');
    const type = schema.getType(fragment.typeCondition.name.value);
    const measure = measureSelections(fragment.selectionSet, isCompositeType(type) ? type : undefined, items);
    measure.directives += directiveCount(fragment);
    fragments.set(key, measure);
    return measure;
  };

  /** `items`: how many items the lists among these selections hold, from `first` of the connection they belong to (its edges/nodes). */
  const measureSelections = (selectionSet: SelectionSetNode | undefined, parent: GraphQLCompositeType | undefined, items: number): Measure => {
    const total = none();
    const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : undefined;
    for (const selection of selectionSet?.selections ?? []) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        const field = fields?.[selection.name.value];
        const type = field ? getNullableType(field.type) : undefined;
        const named = type ? getNamedType(type) : undefined;
        const size = field ? pageSize(field, selection, operation, variables) : 1;
        const list = type !== undefined && isListType(type);
        // A list taking `first` repeats its items' fields that many times; a connection taking it passes it to its lists.
        const below = measureSelections(selection.selectionSet, isCompositeType(named) ? named : undefined, list ? 1 : size);
        const repeats = list ? Math.max(size, items) : 1;
        // __schema and __type nest as deep as the type graph (the standard introspection query is 15 levels);
        // graphql-js's MaxIntrospectionDepthRule bounds their nesting instead.
        const depth = selection.name.value.startsWith('__') ? 1 : below.depth + 1;
        const cost = 1 + repeats * below.cost;
        inner = { depth, cost, aliases: below.aliases + (selection.alias ? 1 : 0), directives: below.directives };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        inner = { ...measureSelections(selection.selectionSet, isCompositeType(type) ? type : undefined, items) };
      } else {
        inner = { ...measureFragment(fragmentOf(selection.name.value), items) };
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.cost += inner.cost;
      total.aliases += inner.aliases;
      total.directives += inner.directives + directiveCount(selection);
    }
    return total;
  };

  const measure = measureSelections(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, 1);
  measure.directives += directiveCount(operation);
  return measure;
}

function limitErrors(measure: Measure, limits: QueryLimits, operation: OperationDefinitionNode): GraphQLError[] {
  const name = operation.name ? `Operation "${operation.name.value}"` : 'The operation';
  const errors: GraphQLError[] = [];
  const check = (limit: string, actual: number, max: number, what: string) => {
    if (actual > max) errors.push(new GraphQLError(`${name} ${what}; the limit is ${max}`, { nodes: [operation], extensions: { limit, max, actual } }));
  };
  check('DEPTH', measure.depth, limits.maxDepth, `is ${measure.depth} fields deep`);
  check('COST', measure.cost, limits.maxCost, `costs ${measure.cost} (fields in its largest answer, lists counted at their \`first\`)`);
  check('ALIASES', measure.aliases, limits.maxAliases, `has ${measure.aliases} aliases`);
  check('DIRECTIVES', measure.directives, limits.maxDirectives, `uses ${measure.directives} directives`);
  return errors;
}

/** While validating, before the variables are known: a variable `first` counts at its default. */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const measure = measureOperation(context.getSchema(), (name) => context.getFragment(name), operation, undefined);
      for (const error of limitErrors(measure, limits, operation)) context.reportError(error);
    },
  });
}

/**
 * The cost again with the request's variables (`leads(first: $n)`), before any resolver runs: validated documents
 * are cached per text, so the rule above cannot see them. As BAD_USER_INPUT naming the cost and the limit.
 */
export function variableCostError(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode,
  variables: Variables, limits: QueryLimits): GraphQLError | null {
  if (!variables || Object.keys(variables).length === 0) return null;
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));
  const measure = measureOperation(schema, (name) => fragments.get(name), operation, variables);
  if (measure.cost <= limits.maxCost) return null;
  const [error] = limitErrors({ ...measure, depth: 0, aliases: 0, directives: 0 }, limits, operation);
  return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', ...error.extensions } });
}
