import { Redis, type RedisOptions } from 'ioredis';
import type { DataSource } from 'typeorm';
import { backoffDelay } from '@opshub/metrics';
import { RECONNECT_BACKOFF } from '../../common/backoff';
import type { Logger } from '../../common/logger';
import type { BusHandlers, BusTransport } from './bus-transport';

/** Longer than any answer from a live Redis takes, short enough that a lost one delays other instances only briefly. */
const PUBLISH_TIMEOUT_MS = 5000;

/**
 * Redis pub/sub, for when NOTIFY traffic should stay off the database. A subscribed connection cannot
 * publish, hence two connections. ioredis reconnects with our backoff; we resubscribe ourselves so we know
 * when the subscription (not just the socket) is back.
 */
export class RedisBusTransport implements BusTransport {
  readonly kind = 'redis';
  /** One Redis may serve several OpsHub databases (staging, production): the channel names the database. */
  private readonly channel: string;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private subscribed = false;

  constructor(url: string, db: DataSource, private readonly logger: Logger) {
    const database = db.driver.database;
    this.channel = `opshub:${database}:events`;
    const options: RedisOptions = {
      lazyConnect: true,
      autoResubscribe: false,
      // Fail a publish at once while disconnected rather than queue it here: the EventBus queues and retries it, in order.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (times) => backoffDelay(times - 1, RECONNECT_BACKOFF),
      // A socket that never connected never reports 'close': do not hold shutdown for the default 2 s.
      disconnectTimeout: 200,
    };
    // Named for CLIENT LIST: which deployment each connection serves. The EventBus sends one message at a time and
    // must never wait on one forever: send() avoids the way ioredis left a PUBLISH pending for good, and this bounds
    // any other (one in flight when the connection drops waits for a reconnect that gets through, however long).
    // A publish unanswered within PUBLISH_TIMEOUT_MS fails and is sent again; a duplicate only makes receivers re-read.
    this.publisher = new Redis(url, { ...options, connectionName: `opshub-bus-pub-${database}`, commandTimeout: PUBLISH_TIMEOUT_MS });
    this.subscriber = new Redis(url, { ...options, connectionName: `opshub-bus-sub-${database}` });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error) => this.logger.debug({ err: error }, 'bus: Redis connection error'));
    }
  }

  get connected(): boolean {
    return this.subscribed && this.publisher.status === 'ready';
  }

  async start(handlers: BusHandlers): Promise<void> {
    this.subscriber.on('message', (_channel: string, raw: string) => handlers.message(raw));
    try {
      await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
      await this.subscriber.subscribe(this.channel);
    } catch (error) {
      await this.stop();
      throw error;
    }
    this.subscribed = true;
    this.subscriber.on('close', () => {
      if (!this.subscribed) return;
      this.subscribed = false;
      this.logger.warn('bus: lost the Redis subscription, reconnecting');
    });
    // Registered after the first 'ready', so this runs on reconnects only.
    this.subscriber.on('ready', () => {
      this.subscriber.subscribe(this.channel).then(
        () => {
          this.subscribed = true;
          this.logger.info('bus: Redis subscription restored');
          handlers.reconnected();
        },
        (error) => this.logger.warn({ err: error }, 'bus: could not resubscribe to Redis'),
      );
    });
  }

  async send(raw: string): Promise<void> {
    // Only once the connection is ready. In its handshake ('connect': socket up, ready check pending) ioredis
    // writes a PUBLISH (allowed while Redis loads) at once; if that connection drops, the next attempt replaces
    // its command queue without settling the PUBLISH (unless a maxRetriesPerRequest flush happens to come first).
    // The EventBus then waited on it forever: this instance's later events all stayed in its outbox and other
    // instances' live cards stale, with /readyz green (the fault suite's kill -9 of Redis under writers).
    if (this.publisher.status !== 'ready') throw new Error(`bus: Redis publisher is ${this.publisher.status}, not ready`);
    await this.publisher.publish(this.channel, raw);
  }

  async stop(): Promise<void> {
    this.subscribed = false;
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
