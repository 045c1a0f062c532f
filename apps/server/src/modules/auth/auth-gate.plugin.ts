import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import type { AppContext } from '../../context';
import { forbidden } from './access.guard';
import { unauthenticated } from './auth.service';
import type { Principal } from './principal';

/** What a request without a session or key may ask: signing in (also through a one-time link), and the demo accounts the sign-in page offers. */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set(['login', 'setPassword', 'logout', 'demoAccounts', '__typename']);

/** What a principal without the READ scope (an ingest-only key) may ask: writes of records, and who it is. */
export const INGEST_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'recordObservations', 'createLead', 'importLeads', 'transitionLead', 'logLeadContact', 'assignLead',
  'createWorkflowRecord', 'importWorkflowRecords', 'moveWorkflowRecord', 'viewer', 'logout', '__typename',
]);

/**
 * All a share link may ask: its dashboard (found by the link, then opened by slug) and that dashboard's live updates.
 * Inside these the access rules decide, and a share link's grant reads no department (see opensDashboard).
 */
export const SHARE_LINK_ROOT_FIELDS: ReadonlySet<string> = new Set(['sharedDashboard', 'dashboard', 'kpiUpdated', '__typename']);

function onlyRootFields(operation: OperationDefinitionNode, allowed: ReadonlySet<string>): boolean {
  return operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && allowed.has(selection.name.value));
}

export function isPublicOperation(operation: OperationDefinitionNode): boolean {
  return operation.operation !== 'subscription' && onlyRootFields(operation, PUBLIC_ROOT_FIELDS);
}

/** Every read (query or subscription) needs the READ scope; without it only the ingest operations get through. A share link gets only its own fields. */
export function readScopeError(principal: Principal, operation: OperationDefinitionNode): GraphQLError | null {
  if (principal.kind === 'SHARE_LINK') {
    return operation.operation !== 'mutation' && onlyRootFields(operation, SHARE_LINK_ROOT_FIELDS) ? null : forbidden('A share link opens its dashboard only');
  }
  if (principal.grant.scopes.includes('READ') || (operation.operation === 'mutation' && onlyRootFields(operation, INGEST_ROOT_FIELDS))
    || onlyRootFields(operation, new Set(['viewer', '__typename']))) return null;
  return forbidden('This API key has no READ scope: it may only write observations and lead records');
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
          if (!operation) return;
          if (!contextValue.principal) {
            if (!isPublicOperation(operation)) throw contextValue.authError ?? unauthenticated();
            return;
          }
          const error = readScopeError(contextValue.principal, operation);
          if (error) throw error;
        },
      };
    },
  };
}
