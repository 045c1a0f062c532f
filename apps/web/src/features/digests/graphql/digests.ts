import { graphql } from '../../../gql';

export const MyDigestsQuery = graphql(`
  query MyDigests($dashboardSlug: String!) {
    myDigestSubscriptions(dashboardSlug: $dashboardSlug) {
      id
      cadence
      webhookEndpointId
      userId
    }
  }
`);

export const DigestChannelsQuery = graphql(`
  query DigestChannels {
    channels {
      id
      name
      kind
    }
  }
`);

export const SubscribeToDigestMutation = graphql(`
  mutation SubscribeToDigest($input: DigestSignupInput!) {
    subscribeToDigest(input: $input) {
      id
    }
  }
`);

export const DeleteDigestSubscriptionMutation = graphql(`
  mutation DeleteDigestSubscription($id: ID!) {
    deleteDigestSubscription(id: $id) {
      id
    }
  }
`);

export const RunDigestMutation = graphql(`
  mutation RunDigest($subscriptionId: ID!) {
    runDigest(subscriptionId: $subscriptionId) {
      id
    }
  }
`);
