import { buildSchema, type GraphQLSchema } from 'graphql';

/** Served by the server to signed-in users and API keys: the committed `apps/server/schema.graphql`. */
export const CONTRACT_PATH = '/graphql/schema.graphql';

export type ContractState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; schema: GraphQLSchema };

/**
 * The explorer documents the API from the committed contract rather than by introspection, which production
 * turns off; the server's schema test keeps the contract equal to what it serves.
 */
export async function loadContract(fetchImpl: typeof fetch = fetch): Promise<ContractState> {
  try {
    const response = await fetchImpl(CONTRACT_PATH, { credentials: 'same-origin' });
    if (response.status === 401) return { status: 'signedOut' };
    if (!response.ok) return { status: 'failed', message: `The schema could not be loaded (HTTP ${response.status}).` };
    return { status: 'ready', schema: buildSchema(await response.text()) };
  } catch (error) {
    return { status: 'failed', message: `The schema could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
}
