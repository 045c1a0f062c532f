import { createLogger } from './common/logger';
import { loadConfig } from './config';
import { createDataSource } from './database/data-source';
import { createServices } from './services';
import { serverWorkers, Workers, type HttpWorker, type Worker } from './workers';

function recording(log: string[], name: string, failStart = false): Worker {
  return {
    name,
    start: async () => {
      if (failStart) throw new Error(`${name} failed to start`);
      log.push(`start ${name}`);
    },
    stop: async () => {
      log.push(`stop ${name}`);
    },
  };
}

describe('Workers', () => {
  it('starts in list order and stops in reverse', async () => {
    const log: string[] = [];
    const workers = new Workers(['a', 'b', 'c'].map((name) => recording(log, name)));
    await workers.start();
    await workers.stop();
    expect(log).toEqual(['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a']);
  });

  it('stops the ones already started when a start fails, and stops nothing twice', async () => {
    const log: string[] = [];
    const workers = new Workers([recording(log, 'a'), recording(log, 'b'), recording(log, 'c', true), recording(log, 'd')]);
    await expect(workers.start()).rejects.toThrow('c failed to start');
    await workers.stop();
    expect(log).toEqual(['start a', 'start b', 'stop b', 'stop a']);
  });
});

describe('serverWorkers', () => {
  const http: HttpWorker = { name: 'http', port: 0, start: () => undefined, stop: () => undefined };
  // Building the list opens nothing: a DataSource that is never initialised is enough.
  const servicesWith = (env: Record<string, string>) => {
    const config = loadConfig({ NODE_ENV: 'test', SEED_DEMO: 'off', ...env });
    return createServices(config, createDataSource('postgres://127.0.0.1:1/none'), createLogger(config.logLevel));
  };

  it('runs every background worker, the bus first (so it stops after the HTTP drain) and the simulator last', () => {
    const names = serverWorkers(servicesWith({ SIMULATOR: 'on' }), http).names;
    expect(names).toEqual([
      'rateLimits', 'bus', 'readReplicas', 'organization', 'live', 'partitions', 'retention', 'rollups', 'mail', 'jobs', 'alertEvaluator', 'slaMonitor', 'digestScheduler', 'reviewScheduler', 'sourceScheduler', 'http', 'simulator',
    ]);
    const stopOrder = [...names].reverse();
    // The rate-limit counters' connection closes last: requests drained before it may still count.
    expect(stopOrder.slice(-2)).toEqual(['bus', 'rateLimits']);
    expect(stopOrder.indexOf('http')).toBeLessThan(stopOrder.indexOf('live'));
    // Whatever queues jobs stops before the queue, which stops before the mail relay its delivery jobs send through.
    for (const queuing of ['http', 'alertEvaluator', 'slaMonitor', 'digestScheduler', 'sourceScheduler']) expect(stopOrder.indexOf(queuing)).toBeLessThan(stopOrder.indexOf('jobs'));
    expect(stopOrder.indexOf('jobs')).toBeLessThan(stopOrder.indexOf('mail'));
  });

  it('leaves the simulator out when it is off', () => {
    expect(serverWorkers(servicesWith({ SIMULATOR: 'off' }), http).names).not.toContain('simulator');
  });
});
