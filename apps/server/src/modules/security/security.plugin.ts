import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../../context';
import type { Config } from '../../config';
import { badVariable } from './finite-numbers';
import { variableCostError } from './query-limits.rule';
import { badTextVariable } from './storable-text';

/**
 * Over-nested JSON, non-finite numbers and text that cannot be stored (NUL, lone surrogates) in the variables
 * answer 400 BAD_USER_INPUT naming their path, and a `first` variable that takes the operation over its cost limit, before any resolver runs.
 */
export function securityPlugin(limits: Config['limits']): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const error = badVariable(request.variables)
            ?? (operation && (badTextVariable(schema, operation, request.variables) ?? variableCostError(schema, document, operation, request.variables, limits)));
          if (error) throw error;
        },
      };
    },
  };
}
