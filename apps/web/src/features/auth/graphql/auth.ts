import { graphql } from '../../../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      role
      departments
      locale
    }
  }
`);

export const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: PreferencesInput!) {
    updateMyPreferences(input: $input) {
      id
      locale
    }
  }
`);

export const DemoAccountsQuery = graphql(`
  query DemoAccounts {
    demoAccounts {
      email
      password
      name
      role
      departments
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
