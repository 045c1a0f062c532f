import { graphql } from '../../../gql';

export const ShareLinkFieldsFragment = graphql(`
  fragment ShareLinkFields on ShareLink {
    id
    dashboardSlug
    label
    expiresAt
    revokedAt
    status
    createdByName
    createdAt
  }
`);

export const ShareLinksQuery = graphql(`
  query ShareLinks($dashboardSlug: ID!) {
    shareLinks(dashboardSlug: $dashboardSlug) {
      ...ShareLinkFields
    }
  }
`);

export const CreateShareLinkMutation = graphql(`
  mutation CreateShareLink($input: ShareLinkInput!) {
    createShareLink(input: $input) {
      token
      link {
        ...ShareLinkFields
      }
    }
  }
`);

export const RevokeShareLinkMutation = graphql(`
  mutation RevokeShareLink($id: ID!) {
    revokeShareLink(id: $id) {
      ...ShareLinkFields
    }
  }
`);

export const SharedDashboardQuery = graphql(`
  query SharedDashboard {
    sharedDashboard {
      slug
    }
  }
`);
