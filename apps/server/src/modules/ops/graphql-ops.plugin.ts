import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { AppContext } from '../../context';
import { DATABASE_FAILURE_ANSWERS, databaseFailureOf } from '../../database/database-errors';
import type { Telemetry } from './telemetry';

/**
 * Times root fields (every field of every KPI would cost more than it tells), logs unexpected errors with the
 * request's id, and answers 503 with Retry-After on a retryable database failure (unreachable, conflict, timeout)
 * so load balancers and clients retry.
 */
export function graphqlOpsPlugin(telemetry: Telemetry): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (info.path.prev) return;
              const end = telemetry.resolverDuration.startTimer({ type: info.parentType.name, field: info.fieldName });
              return () => end();
            },
          };
        },
        async didEncounterErrors({ errors, contextValue, response, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const failure = databaseFailureOf(original);
            if (failure) {
              response.http.status = 503;
              response.http.headers.set('retry-after', String(DATABASE_FAILURE_ANSWERS[failure].retryAfterSeconds));
              contextValue.logger.warn({ err: original, operationName, failure }, 'database failure, answered 503');
            } else if (!(original instanceof GraphQLError) && !error.extensions?.code) {
              contextValue.logger.error({ err: original, operationName, path: error.path }, 'unexpected error');
            }
          }
        },
      };
    },
  };
}
