import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../../context';
import { badVariable } from './finite-numbers';

/** Over-nested JSON and non-finite numbers in the variables answer 400 BAD_USER_INPUT naming their path, before any resolver runs. */
export function securityPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const error = badVariable(request.variables);
          if (error) throw error;
        },
      };
    },
  };
}
