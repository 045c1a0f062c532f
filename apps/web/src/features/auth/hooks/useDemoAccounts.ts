import { useQuery } from '@apollo/client/react';
import { DemoAccountsQuery } from '../graphql/auth';

/** The demo accounts the server offers (empty unless it runs in demo mode). */
export function useDemoAccounts() {
  return useQuery(DemoAccountsQuery, { fetchPolicy: 'cache-first' });
}
