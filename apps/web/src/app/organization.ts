import { graphql } from '../gql';

export const OrganizationQuery = graphql(`
  query Organization {
    organization {
      name
      timeZone
      currency
    }
  }
`);
