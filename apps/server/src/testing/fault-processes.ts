import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { childrenOf, DisposablePostgres, freePort } from './disposable-postgres';

/** How the fault suite takes PostgreSQL away (see DisposablePostgres for the server itself). */
export type PostgresFault = 'fast restart' | 'immediate restart' | 'kill -9 postmaster';

/** Takes PostgreSQL down the way `fault` says and starts it again on the same data and port. */
export async function restartPostgres(pg: DisposablePostgres, fault: PostgresFault): Promise<void> {
  await pg.stop(fault === 'fast restart' ? 'SIGINT' : fault === 'immediate restart' ? 'SIGQUIT' : 'SIGKILL');
  await pg.start();
}

/**
 * SIGSTOP to the postmaster and every backend: the server stops answering without closing a socket, like a
 * host that hangs. Returns the thaw (SIGCONT).
 */
export function freezePostgres(pg: DisposablePostgres): () => void {
  const pids = [pg.pid!, ...childrenOf(pg.pid!)];
  for (const pid of pids) process.kill(pid, 'SIGSTOP');
  return () => {
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // a backend that ended meanwhile
      }
    }
  };
}

/** A Redis of the test's own, without persistence: a restart comes back empty, as the bus expects. */
export class DisposableRedis {
  private process: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async create(): Promise<DisposableRedis> {
    const redis = new DisposableRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  start(): Promise<void> {
    const child = spawn('/usr/bin/redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    let log = '';
    return new Promise((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('Ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${log}`)));
    });
  }

  /** kill -9: connections drop without a goodbye. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * A TCP hop between one OpsHub instance and a server (PostgreSQL, Redis), to cut that instance off while the
 * others keep their connections: what a network partition does, and a way to order which instance recovers first.
 */
export class TcpLink {
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;
  private up = true;

  private constructor(private readonly targetPort: number, readonly port: number) {
    this.server = createServer((client) => this.accept(client));
  }

  static async create(targetPort: number): Promise<TcpLink> {
    const link = new TcpLink(targetPort, await freePort());
    await new Promise<void>((resolve) => link.server.listen(link.port, '127.0.0.1', resolve));
    return link;
  }

  private accept(client: Socket): void {
    if (!this.up) {
      client.destroy();
      return;
    }
    const upstream = connect(this.targetPort, '127.0.0.1');
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      this.sockets.add(from);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.sockets.delete(from);
        to.destroy();
      });
      from.pipe(to);
    }
  }

  /** Drops every connection through the link and refuses new ones. */
  cut(): void {
    this.up = false;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.up = true;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
