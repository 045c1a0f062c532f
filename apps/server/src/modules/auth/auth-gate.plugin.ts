import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { AppContext } from '../../context';
import { unauthenticated } from './auth.service';

/** What a request without a session or key may ask: signing in, and the demo accounts the sign-in page offers. */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set(['login', 'logout', 'demoAccounts', '__typename']);

export function isPublicOperation(operation: OperationDefinitionNode): boolean {
  return operation.operation !== 'subscription'
    && operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && PUBLIC_ROOT_FIELDS.has(selection.name.value));
}

/**
 * Anonymous requests stop here, before any resolver runs, with 401: one gate for every operation, so a new
 * resolver cannot be reachable without credentials by forgetting a check. Which data a principal may see is
 * decided in the resolvers (access.guard.ts).
 */
export function authGatePlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!contextValue.principal && !(operation && isPublicOperation(operation))) throw contextValue.authError ?? unauthenticated();
        },
      };
    },
  };
}
