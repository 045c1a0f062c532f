import { randomUUID } from 'node:crypto';
import { createPubSub } from '@graphql-yoga/subscription';
import { backoffDelay, type LeadEventKind, type Workflow } from '@opshub/metrics';
import { RECONNECT_BACKOFF } from '../../common/backoff';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger';
import type { Config } from '../../config';
import { decodeMessage, encodeMessage, type BusEvent } from './bus-message';
import type { BusTransport } from './bus-transport';
import { PostgresBusTransport } from './postgres-bus.transport';
import { RedisBusTransport } from './redis-bus.transport';

/** Events are published after their write commits and carry keys only, never data, so any transport can carry them. */
export interface ObservationsRecorded {
  metricKeys: string[];
}

export interface LeadChanged {
  leadId: string;
  kinds: LeadEventKind[];
}

export interface SlaBreached {
  clockId: string;
  leadId: string;
}

/** A workflow record (onboarding case, ticket, renewal) was created or moved; its row is committed. */
export interface WorkflowRecordChanged {
  recordId: string;
  workflow: Workflow;
}

export interface WorkflowSlaBreached {
  clockId: string;
  recordId: string;
  workflow: Workflow;
}

/** An alert was raised, acknowledged or resolved (its row is committed; subscribers read it back). */
export interface AlertChanged {
  alertId: string;
  change: 'RAISED' | 'ACKNOWLEDGED' | 'RESOLVED';
}

/** A session, API key or user lost its access: open WebSockets holding it are closed on every instance. */
export interface CredentialRevoked {
  /** A session's token hash, an API key's id or a user's id. */
  credentialId: string;
}

/** An ADMIN changed the organisation's settings (its time zone recut the rollups): every instance reloads them. */
export type OrganizationChanged = Record<string, never>;

/** A file import moved on (a batch committed, it started, finished, failed or was cancelled): subscribers read it back. */
export interface FileImportProgressed {
  importId: string;
}

export type PubSubChannels = {
  observationsRecorded: [ObservationsRecorded]; leadChanged: [LeadChanged]; slaBreached: [SlaBreached];
  workflowRecordChanged: [WorkflowRecordChanged]; workflowSlaBreached: [WorkflowSlaBreached]; alertChanged: [AlertChanged];
  credentialRevoked: [CredentialRevoked]; organizationChanged: [OrganizationChanged]; fileImportProgressed: [FileImportProgressed];
};
export type Channel = keyof PubSubChannels;
export type DeliveryListener = <C extends Channel>(channel: C, event: PubSubChannels[C][0]) => void;

/** Messages waiting for the transport (down, or reconnecting) at most; past it they collapse into one resync. */
export const MAX_QUEUED_MESSAGES = 1000;

export interface EventBusOptions {
  /** Carries events to the other instances; without one the bus is in-process only. */
  transport?: BusTransport;
  /** Every metric key: what a resync, or an event too large to list its keys, marks changed. */
  allMetricKeys?: () => Promise<string[]>;
  logger?: Logger;
  /** Seconds from send to receipt of other instances' messages (the bus lag histogram of ops telemetry). */
  busLag?: { observe(seconds: number): void };
}

/**
 * Delivers each event in-process at once and, through the transport, to every other instance. This
 * instance's own messages coming back from the transport are dropped, so every instance applies an
 * event exactly once. Also handed to type-graphql, which requires a PubSub for subscriptions.
 */
export class EventBus {
  readonly instanceId = randomUUID();
  private readonly local = createPubSub<PubSubChannels>();
  /** Events on their way to the other instances, oldest first. */
  private outbox: BusEvent[] = [];
  private sending: Promise<void> | null = null;
  private stopping = false;
  private resyncing = false;
  private resyncAgain = false;
  private readonly listeners = new Set<DeliveryListener>();
  private gapCount = 0;

  constructor(private readonly options: EventBusOptions = {}) {}

  get kind(): string {
    return this.options.transport?.kind ?? 'in-process';
  }

  /** False while the transport is reconnecting: this instance may be missing other instances' writes. */
  get connected(): boolean {
    return this.options.transport?.connected ?? true;
  }

  /**
   * Rises each time the transport comes back after a gap, during which other instances' events may have been
   * lost: whatever was kept since an earlier value may be stale (the resync that follows marks metrics only).
   */
  get gaps(): number {
    return this.gapCount;
  }

  async start(): Promise<void> {
    await this.options.transport?.start({
      message: (raw) => this.receive(raw),
      reconnected: () => {
        this.gapCount++;
        this.resync();
      },
    });
  }

  publish<C extends Channel>(channel: C, event: PubSubChannels[C][0]): void {
    this.deliver(channel, event);
    if (!this.options.transport) return;
    if (this.outbox.length >= MAX_QUEUED_MESSAGES) this.collapseOutbox();
    this.outbox.push({ channel, ...event } as BusEvent);
    this.sending ??= this.drain().finally(() => (this.sending = null));
  }

  /** Messages not yet handed to the transport (ops telemetry, tests). */
  get queued(): number {
    return this.outbox.length;
  }

  /**
   * Sends queued messages one at a time, in order. A failed send stays at the head and is tried again with
   * backoff until the transport takes it: a bus briefly down delays other instances' updates, it does not lose
   * them. Once stopping, one more failure gives up (the process is leaving; the others resync on their own gaps).
   */
  private async drain(): Promise<void> {
    const { transport, logger } = this.options;
    let failures = 0;
    while (this.outbox.length > 0) {
      const event = this.outbox[0];
      try {
        await transport!.send(encodeMessage({ origin: this.instanceId, sentAt: Date.now(), ...event }));
        this.outbox.shift();
        failures = 0;
      } catch (error) {
        if (this.stopping) {
          logger?.warn({ err: error, dropped: this.outbox.length }, 'bus: stopping with messages other instances did not get');
          this.outbox.length = 0;
          return;
        }
        if (failures === 0) logger?.warn({ err: error, queued: this.outbox.length }, 'bus: could not publish to other instances, retrying');
        await new Promise((resolve) => setTimeout(resolve, backoffDelay(failures++, RECONNECT_BACKOFF)));
      }
    }
  }

  /**
   * A full outbox (a long outage under writes) keeps its order but not every message: metric changes become
   * one "everything changed", which receivers answer with a resync; the other events, ids of leads, alerts and
   * revoked credentials, are dropped oldest first (their subscribers and sockets re-check on their own tick).
   */
  private collapseOutbox(): void {
    const others = this.outbox.filter((event) => event.channel !== 'observationsRecorded');
    const dropped = Math.max(0, others.length - (MAX_QUEUED_MESSAGES - 1));
    this.outbox = [{ channel: 'observationsRecorded', metricKeys: null }, ...others.slice(dropped)];
    this.options.logger?.warn({ dropped }, 'bus: outbox full while the transport is down; metric changes collapsed into one resync');
  }

  /**
   * Calls `listener` synchronously with every event delivered on this instance (its own as it is published, the
   * others' as they arrive), before any subscriber's iterator sees it: what must hold before the publisher's
   * request answers (a cache dropping what a write changed) listens here. Returns the unsubscribe.
   */
  onDelivered(listener: DeliveryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private deliver<C extends Channel>(channel: C, event: PubSubChannels[C][0]): void {
    for (const listener of this.listeners) listener(channel, event);
    (this.local.publish as (channel: C, event: PubSubChannels[C][0]) => void)(channel, event);
  }

  subscribe<C extends Channel>(channel: C): AsyncIterableIterator<PubSubChannels[C][0]> {
    // The pubsub's overloads take a routing id per channel; ours are all plain topics.
    return (this.local.subscribe as (channel: C) => AsyncIterableIterator<PubSubChannels[C][0]>)(channel);
  }

  /** Waits for messages still on their way out (the last writes before a shutdown), then disconnects. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.sending;
    await this.options.transport?.stop();
  }

  private receive(raw: string): void {
    const message = decodeMessage(raw);
    if (!message || message.origin === this.instanceId) return;
    this.options.busLag?.observe(Math.max(0, Date.now() - message.sentAt) / 1000);
    switch (message.channel) {
      case 'observationsRecorded':
        if (message.metricKeys) this.deliver('observationsRecorded', { metricKeys: message.metricKeys });
        else this.resync();
        return;
      case 'leadChanged':
        this.deliver('leadChanged', { leadId: message.leadId, kinds: message.kinds as LeadEventKind[] });
        return;
      case 'slaBreached':
        this.deliver('slaBreached', { clockId: message.clockId, leadId: message.leadId });
        return;
      case 'workflowRecordChanged':
        this.deliver('workflowRecordChanged', { recordId: message.recordId, workflow: message.workflow as Workflow });
        return;
      case 'workflowSlaBreached':
        this.deliver('workflowSlaBreached', { clockId: message.clockId, recordId: message.recordId, workflow: message.workflow as Workflow });
        return;
      case 'alertChanged':
        this.deliver('alertChanged', { alertId: message.alertId, change: message.change as AlertChanged['change'] });
        return;
      case 'credentialRevoked':
        this.deliver('credentialRevoked', { credentialId: message.credentialId });
        return;
      case 'organizationChanged':
        this.deliver('organizationChanged', {});
        return;
      case 'fileImportProgressed':
        this.deliver('fileImportProgressed', { importId: message.importId });
    }
  }

  /**
   * Marks every metric changed: after a gap in the connection, or when the keys did not fit in a message.
   * Listing the keys needs the database: while it fails (restarting with the bus), retried with backoff.
   */
  private resync(): void {
    const { allMetricKeys, logger } = this.options;
    if (!allMetricKeys) return;
    // A gap while a resync is under way may post-date its reads: run one more after it.
    this.resyncAgain = this.resyncing;
    if (this.resyncing) return;
    this.resyncing = true;
    void (async () => {
      for (let failures = 0; !this.stopping;) {
        try {
          this.resyncAgain = false;
          this.deliver('observationsRecorded', { metricKeys: await allMetricKeys() });
          if (!this.resyncAgain) break;
        } catch (error) {
          if (failures === 0) logger?.warn({ err: error }, 'bus: resync failed, retrying');
          await new Promise((resolve) => setTimeout(resolve, backoffDelay(failures++, RECONNECT_BACKOFF)));
        }
      }
      this.resyncing = false;
    })();
  }
}

export function createEventBus(options: EventBusOptions = {}): EventBus {
  return new EventBus(options);
}

/** LISTEN/NOTIFY on the application's own database unless REDIS_URL asks for Redis. */
export function createBusTransport(config: Config, db: DataSource, logger: Logger): BusTransport {
  return config.redisUrl ? new RedisBusTransport(config.redisUrl, db, logger) : new PostgresBusTransport(db, logger);
}
