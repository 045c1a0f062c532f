import type { App } from './app';
import type { Services } from './services';
import { startSimulator } from './simulator/simulator';

/** Something that runs in the background between start and stop. */
export interface Worker {
  readonly name: string;
  start(): void | Promise<void>;
  stop(): void | Promise<void>;
}

/**
 * Workers started one after the other in list order and stopped in reverse, so each one stops while
 * everything it relies on still runs. A start that fails stops those already started.
 */
export class Workers {
  private readonly started: Worker[] = [];

  constructor(private readonly list: readonly Worker[]) {}

  get names(): string[] {
    return this.list.map((worker) => worker.name);
  }

  async start(): Promise<void> {
    for (const worker of this.list) {
      try {
        await worker.start();
      } catch (error) {
        await this.stop();
        throw error;
      }
      this.started.push(worker);
    }
  }

  async stop(): Promise<void> {
    for (const worker of this.started.splice(0).reverse()) await worker.stop();
  }
}

/** The HTTP and WebSocket listener as a worker: stopping it drains the connections. */
export interface HttpWorker extends Worker {
  /** The port listened on, once started (a port of 0 asks for a free one). */
  readonly port: number;
}

export function httpWorker(app: App, port: number, host: string): HttpWorker {
  let bound = 0;
  return {
    name: 'http',
    get port() {
      return bound;
    },
    start: async () => {
      bound = await app.listen(port, host);
    },
    stop: () => app.stop(),
  };
}

/**
 * The server's workers in start order, the one list main.ts, the tests and the bench run. The bus comes
 * first and so stops last, after the HTTP drain: the events of the last writes still reach the other
 * instances. The listener stops before the workers that in-flight requests may wake; the simulator, a
 * writer like any client, starts last and stops first.
 */
export function serverWorkers(services: Services, http: HttpWorker): Workers {
  const { config } = services;
  let stopSimulator: (() => Promise<void>) | null = null;
  const list: Worker[] = [
    // Closed last: the Redis connection of the rate-limit counters (nothing to start).
    { name: 'rateLimits', start: () => undefined, stop: () => services.rateLimits.close() },
    { name: 'bus', start: () => services.bus.start(), stop: () => services.bus.stop() },
    // Closed after the HTTP drain: in-flight reads may be on a replica.
    { name: 'readReplicas', start: () => services.reads.start(), stop: () => services.reads.stop() },
    { name: 'organization', start: () => services.organization.startWatching(), stop: () => services.organization.stopWatching() },
    { name: 'live', start: () => services.live.start(), stop: () => services.live.stop() },
    // Looks at once: the coming months get their partitions at start-up, not an interval later.
    { name: 'partitions', start: () => { services.partitionWorker.start(); services.partitionWorker.runNow(); }, stop: () => services.partitionWorker.stop() },
    { name: 'retention', start: () => services.retentionWorker.start(), stop: () => services.retentionWorker.stop() },
    { name: 'rollups', start: () => services.rollupRefresher.start(), stop: () => services.rollupRefresher.stop() },
    // Closed once no delivery job runs: the mail relay's connections.
    { name: 'mail', start: () => undefined, stop: () => services.webhookDispatcher.close() },
    // Started before anything queues jobs (alerts' webhook deliveries, the timers below, requests), stopped after they
    // stopped; running jobs finish or are handed on.
    { name: 'jobs', start: () => services.jobs.start(), stop: () => services.jobs.stop() },
    { name: 'alertEvaluator', start: () => services.alertEvaluator.start(), stop: () => services.alertEvaluator.stop() },
    { name: 'slaMonitor', start: () => services.slaMonitor.start(), stop: () => services.slaMonitor.stop() },
    { name: 'digestScheduler', start: () => services.digestScheduler.start(), stop: () => services.digestScheduler.stop() },
    // Looks at once too: reviews that fell due while no instance ran open at start-up, not a poll later.
    { name: 'reviewScheduler', start: () => { services.reviewScheduler.start(); services.reviewScheduler.runNow(); }, stop: () => services.reviewScheduler.stop() },
    { name: 'sourceScheduler', start: () => services.sourceScheduler.start(), stop: () => services.sourceScheduler.stop() },
    http,
  ];
  if (config.simulator.enabled) {
    list.push({
      name: 'simulator',
      start: () => void (stopSimulator = startSimulator(services, config.simulator.intervalMs)),
      stop: () => stopSimulator?.(),
    });
  }
  return new Workers(list);
}
