// What other features may use of the live feature (the import boundary checked by `npm run depcruise`).
export { KpiUpdatedSubscription } from './graphql/kpiUpdated';
export { graphqlWsUrl } from './lib/wsClient';
