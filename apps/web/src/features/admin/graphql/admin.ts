import { graphql } from '../../../gql';

export const UserFields = graphql(`
  fragment UserFields on User {
    id
    email
    name
    role
    departments
    disabledAt
    createdAt
  }
`);

export const UsersQuery = graphql(`
  query AdminUsers {
    users {
      ...UserFields
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: UserInviteInput!) {
    inviteUser(input: $input) {
      token
      expiresAt
      user {
        ...UserFields
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UserUpdateInput!) {
    updateUser(id: $id, input: $input) {
      ...UserFields
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      ...UserFields
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      token
      expiresAt
      user {
        ...UserFields
      }
    }
  }
`);

export const ApiKeyFields = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    department
    expiresAt
    lastUsedAt
    revokedAt
    createdAt
  }
`);

export const ApiKeysQuery = graphql(`
  query AdminApiKeys {
    apiKeys {
      ...ApiKeyFields
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: ApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);

export const SlaPoliciesQuery = graphql(`
  query AdminSlaPolicies($locale: String) {
    slaPolicies {
      key
      name(locale: $locale)
      description(locale: $locale)
      durationSeconds
      active
      startsOn
      metBy
    }
  }
`);

export const UpdateSlaPolicyMutation = graphql(`
  mutation UpdateSlaPolicy($key: ID!, $input: SlaPolicyUpdateInput!) {
    updateSlaPolicy(key: $key, input: $input) {
      key
      durationSeconds
      active
    }
  }
`);

export const SetPasswordMutation = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) {
      expiresAt
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: OrganizationInput!) {
    updateOrganization(input: $input) {
      name
      timeZone
      currency
    }
  }
`);
