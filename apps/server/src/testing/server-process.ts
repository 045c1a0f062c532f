import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SESSION_COOKIE } from '../modules/auth/auth.service';
import { credentialHeaders, gqlRequest, TEST_PASSWORD, type Credentials, type GqlResponse } from './test-app';

/** The ADMIN every test server process creates at start-up (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const PROCESS_ADMIN_EMAIL = 'admin@test.opshub';

/** Signs in over HTTP and returns the session cookie's token. */
export async function signInOverHttp(url: string, email: string, password: string): Promise<Credentials> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }', variables: { email, password } }),
  });
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  return { sessionToken: cookie.slice(SESSION_COOKIE.length + 1).split(';')[0] };
}

const LOG_TAIL_CHARS = 50_000;

/** Built by jest's globalSetup from the current sources. */
const MAIN = path.resolve(__dirname, '../../dist/main.js');

export interface ServerProcess {
  url: string;
  wsUrl: string;
  child: ChildProcess;
  /** The ADMIN's session, used by `gql`. */
  admin: Credentials;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, as?: Credentials): Promise<GqlResponse<T>>;
  /** A sample from /metrics, e.g. `opshub_simulator_leader`; null when absent. */
  metric(sample: string): Promise<number | null>;
  readyz(): Promise<{ status: number; body: Record<string, unknown> }>;
  /** The end of its log (JSON lines), for a test's failure message. */
  logTail(): string;
  /** SIGTERM and wait for the exit (SIGKILL if it has not exited within 10 s). */
  stop(): Promise<number | null>;
}

/**
 * `node dist/main.js` on a free port, like production: JSON logs on stdout, the port read from the
 * "OpsHub is up" line. Resolves once it serves requests.
 */
export async function startServer(env: Record<string, string>, timeoutMs = 90_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info',
      SEED_DEMO: 'off', SIMULATOR: 'off', LIVE_TICK_MS: '50', WEB_DIST_DIR: '', SHUTDOWN_TIMEOUT_MS: '8000',
      ADMIN_EMAIL: PROCESS_ADMIN_EMAIL, ADMIN_PASSWORD: TEST_PASSWORD, ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const up = /"msg":"OpsHub is up on (http:\/\/[^"]+)"/.exec(output);
      if (!up) return;
      clearTimeout(timer);
      // From here on only the last lines are kept, for logTail.
      for (const stream of [child.stdout!, child.stderr!]) {
        stream.off('data', onData).on('data', (more: Buffer) => (output = (output + more.toString()).slice(-LOG_TAIL_CHARS)));
      }
      resolve(up[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before starting:\n${output}`));
    });
  });

  const admin = await signInOverHttp(url, PROCESS_ADMIN_EMAIL, TEST_PASSWORD);
  return {
    url,
    wsUrl: `${url.replace('http', 'ws')}/graphql`,
    child,
    admin,
    exited,
    gql: (query, variables, as = admin) => gqlRequest(url, query, variables, as),
    async metric(sample) {
      const text = await (await fetch(`${url}/metrics`, { headers: credentialHeaders(admin) })).text();
      const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
      return line ? Number(line.slice(sample.length + 1)) : null;
    },
    logTail: () => output,
    async readyz() {
      const response = await fetch(`${url}/readyz`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
