import { useMutation, useQuery } from '@apollo/client/react';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from '../graphql/admin';

export function useApiKeys() {
  return useQuery(ApiKeysQuery);
}

export function useApiKeyMutations() {
  const [create] = useMutation(CreateApiKeyMutation, { refetchQueries: ['AdminApiKeys'] });
  const [revoke] = useMutation(RevokeApiKeyMutation);
  return { create, revoke };
}
