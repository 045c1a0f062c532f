import {
  GraphQLError, Kind,
  type ASTNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';

/** Bounds on one operation's shape, counted with its fragments expanded (a fragment spread twice counts twice). */
export interface QueryLimits {
  /** Nested fields, e.g. `{ goals { children { id } } }` is 3. */
  maxDepth: number;
  /** Fields selected, __typename included: the size of the answer's shape, a bound on the resolvers run. */
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

/**
 * One walk per operation over its selections, fragments measured once and memoized, so a document that spreads
 * fragments exponentially (each spreading the next several times) costs the walk nothing extra. Fragment cycles
 * are reported by graphql-js's NoFragmentCyclesRule (the rules run side by side); here they only stop the walk.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, Measure | 'measuring'>();

    const measureFragment = (fragment: FragmentDefinitionNode | undefined | null): Measure => {
      if (!fragment) return { depth: 0, cost: 0, aliases: 0, directives: 0 };
      const known = fragments.get(fragment.name.value);
      if (known === 'measuring') return { depth: 0, cost: 0, aliases: 0, directives: 0 };
      if (known) return known;
      fragments.set(fragment.name.value, 'measuring');
      const measure = measureSelections(fragment.selectionSet);
      measure.directives += directiveCount(fragment);
      fragments.set(fragment.name.value, measure);
      return measure;
    };

    const measureSelections = (selectionSet: SelectionSetNode | undefined): Measure => {
      const total: Measure = { depth: 0, cost: 0, aliases: 0, directives: 0 };
      for (const selection of selectionSet?.selections ?? []) {
        let inner: Measure;
        if (selection.kind === Kind.FIELD) {
          const below = measureSelections(selection.selectionSet);
          // __schema and __type nest as deep as the type graph (the standard introspection query is 15 levels);
          // graphql-js's MaxIntrospectionDepthRule bounds their nesting instead.
          const depth = selection.name.value.startsWith('__') ? 1 : below.depth + 1;
          inner = { depth, cost: below.cost + 1, aliases: below.aliases + (selection.alias ? 1 : 0), directives: below.directives };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = { ...measureSelections(selection.selectionSet) };
        } else {
          inner = { ...measureFragment(context.getFragment(selection.name.value)) };
        }
        total.depth = Math.max(total.depth, inner.depth);
        total.cost += inner.cost;
        total.aliases += inner.aliases;
        total.directives += inner.directives + directiveCount(selection);
      }
      return total;
    };

    return {
      OperationDefinition(operation) {
        const measure = measureSelections(operation.selectionSet);
        measure.directives += directiveCount(operation);
        const name = operation.name ? `Operation "${operation.name.value}"` : 'The operation';
        const check = (limit: string, actual: number, max: number, what: string) => {
          if (actual > max) context.reportError(new GraphQLError(`${name} ${what}; the limit is ${max}`, { nodes: [operation], extensions: { limit, max, actual } }));
        };
        check('DEPTH', measure.depth, limits.maxDepth, `is ${measure.depth} fields deep`);
        check('COST', measure.cost, limits.maxCost, `selects ${measure.cost} fields (fragments expanded)`);
        check('ALIASES', measure.aliases, limits.maxAliases, `has ${measure.aliases} aliases`);
        check('DIRECTIVES', measure.directives, limits.maxDirectives, `uses ${measure.directives} directives`);
      },
    };
  };
}
