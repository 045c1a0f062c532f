import { createPubSub } from '@graphql-yoga/subscription';

/** Published after a write commits; carries keys only, never data, so any transport can carry it. */
export interface ObservationsRecorded {
  metricKeys: string[];
}

export type PubSubChannels = { observationsRecorded: [ObservationsRecorded] };

/** In-process bus; also handed to type-graphql, which requires a PubSub for subscriptions. */
export function createEventBus() {
  return createPubSub<PubSubChannels>();
}

export type EventBus = ReturnType<typeof createEventBus>;
