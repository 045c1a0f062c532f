import { graphql } from '../../../gql';

export const ChannelFieldsFragment = graphql(`
  fragment ChannelFields on Channel {
    id
    name
    kind
    department
    url
    recipients
    active
    locale
  }
`);

export const ChannelsQuery = graphql(`
  query Channels {
    channels {
      ...ChannelFields
    }
  }
`);

export const ChannelDeliveriesQuery = graphql(`
  query ChannelDeliveries($channelId: ID!) {
    channelDeliveries(channelId: $channelId, first: 20) {
      id
      eventType
      state
      attempts
      lastStatusCode
      lastError
      createdAt
      deliveredAt
    }
  }
`);

export const CreateChannelMutation = graphql(`
  mutation CreateChannel($input: ChannelInput!) {
    createChannel(input: $input) {
      secret
      channel {
        ...ChannelFields
      }
    }
  }
`);

export const UpdateChannelMutation = graphql(`
  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {
    updateChannel(id: $id, input: $input) {
      ...ChannelFields
    }
  }
`);

export const DeleteChannelMutation = graphql(`
  mutation DeleteChannel($id: ID!) {
    deleteChannel(id: $id) {
      id
    }
  }
`);

export const SendTestNotificationMutation = graphql(`
  mutation SendTestNotification($channelId: ID!) {
    sendTestNotification(channelId: $channelId) {
      id
      state
    }
  }
`);
