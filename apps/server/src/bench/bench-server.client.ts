import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ServerStats } from './bench-server';
import { benchCredentials } from './documents';

/** run.ts's side of bench-server.ts: its URLs and its IPC requests. */
export interface BenchServer {
  url: string;
  wsUrl: string;
  /** Plain graphql-js on node:http, same schema and services. */
  plainUrl: string;
  stats(): Promise<ServerStats>;
  /** Starts sampling the server's resident memory (every 50 ms); resolves with the RSS now, in bytes. */
  watchRss(): Promise<number>;
  /** The RSS when the sampling started and the highest sampled since, in bytes. */
  peakRss(): Promise<{ start: number; peak: number }>;
  /** Sends `frame` on every open WebSocket; resolves with the time the loop started. */
  broadcast(frame: string): Promise<number>;
  stop(): Promise<void>;
}

export async function startBenchServer(env: Record<string, string>): Promise<BenchServer> {
  const child: ChildProcess = fork(path.join(__dirname, 'bench-server.js'), [], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    execArgv: ['--expose-gc'],
  });
  const pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const ready = new Promise<{ port: number; plainPort: number; apiKey: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.on('message', (message: any) => {
      if (message.ready) return resolve(message.ready);
      const request = pending.get(message.id)!;
      pending.delete(message.id);
      if (message.error) request.reject(new Error(message.error));
      else request.resolve(message.result);
    });
  });
  const call = <T>(command: object): Promise<T> => new Promise<T>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    child.send({ id, ...command });
  });
  const { port, plainPort, apiKey } = await ready;
  benchCredentials.apiKey = apiKey;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    plainUrl: `http://127.0.0.1:${plainPort}/graphql`,
    stats: () => call<ServerStats>({ command: 'stats' }),
    broadcast: (frame) => call<number>({ command: 'broadcast', frame }),
    watchRss: () => call<number>({ command: 'watchRss' }),
    peakRss: () => call<{ start: number; peak: number }>({ command: 'peakRss' }),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await call({ command: 'stop' });
      await exited;
    },
  };
}
