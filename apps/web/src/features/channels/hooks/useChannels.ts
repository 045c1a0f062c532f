import { useMutation, useQuery } from '@apollo/client/react';
import type { ChannelInput } from '../../../gql/graphql';
import {
  ChannelDeliveriesQuery, ChannelsQuery, CreateChannelMutation, DeleteChannelMutation, SendTestNotificationMutation, UpdateChannelMutation,
} from '../graphql/channels';

/** The channels one manages, with create, edit, delete and "send test". */
export function useChannels() {
  const result = useQuery(ChannelsQuery);
  const refetchQueries = [ChannelsQuery];
  const [create, createState] = useMutation(CreateChannelMutation, { refetchQueries });
  const [update, updateState] = useMutation(UpdateChannelMutation);
  const [remove] = useMutation(DeleteChannelMutation, { refetchQueries });
  const [sendTest] = useMutation(SendTestNotificationMutation, { refetchQueries: [ChannelDeliveriesQuery] });
  return {
    ...result,
    save: async (id: string | null, input: ChannelInput): Promise<string | null> => {
      if (id) {
        await update({ variables: { id, input } });
        return null;
      }
      const { data } = await create({ variables: { input } });
      return data?.createChannel.secret ?? null;
    },
    saving: createState.loading || updateState.loading,
    remove: (id: string) => remove({ variables: { id } }),
    sendTest: (channelId: string) => sendTest({ variables: { channelId } }),
  };
}

export function useChannelDeliveries(channelId: string) {
  return useQuery(ChannelDeliveriesQuery, { variables: { channelId }, pollInterval: 5000 });
}
