import { useMutation, useQuery } from '@apollo/client/react';
import { InviteUserMutation, ResetUserPasswordMutation, SetUserDisabledMutation, UpdateUserMutation, UsersQuery } from '../graphql/admin';

export function useUsers() {
  return useQuery(UsersQuery);
}

/** The trail lists the change too: its page asks again when shown. */
const REFETCH = { refetchQueries: ['AdminUsers'] };

export function useUserMutations() {
  const [invite, inviting] = useMutation(InviteUserMutation, REFETCH);
  const [update, updating] = useMutation(UpdateUserMutation);
  const [setDisabled, disabling] = useMutation(SetUserDisabledMutation);
  const [reset, resetting] = useMutation(ResetUserPasswordMutation);
  return { invite, inviting, update, updating, setDisabled, disabling, reset, resetting };
}
