// Starts the real production server (`npm start`'s entry point) on a fresh embedded PostgreSQL (or on
// E2E_DATABASE_URL) with a shorter demo history and no simulator, so only the tests move the numbers.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_ENTRY = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** @returns {Promise<{ baseUrl: string, stop: () => Promise<void> }>} */
export async function startServer(env = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'opshub-e2e-'));
  // The embedded server runs as the unprivileged `postgres` user, which must reach its data dir.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      NODE_ENV: 'production',
      // Plain http: a Secure cookie would never be sent back.
      SESSION_COOKIE_SECURE: 'off',
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_PG_DIR: path.join(dataDir, 'pg'),
      EMBEDDED_PG_PORT: String(56000 + (process.pid % 4000)),
      SEED_DEMO_DAYS: '400',
      SIMULATOR: 'off',
      LIVE_TICK_MS: '100',
      LOG_LEVEL: 'warn',
      // The tests' webhook receivers listen on loopback, which webhooks reach only when allowed.
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  let exit = null;
  server.stdout.on('data', (chunk) => output.push(chunk.toString()));
  server.stderr.on('data', (chunk) => output.push(chunk.toString()));
  server.once('exit', (code) => (exit = code));
  // Ready once it serves the app and the database answers (first start seeds the demo history).
  const deadline = Date.now() + 180_000;
  for (;;) {
    const failure = exit !== null ? `exited with ${exit}` : Date.now() > deadline ? 'was not ready within 180 s' : null;
    if (failure) {
      server.kill('SIGKILL');
      throw new Error(`server ${failure}:\n${output.join('')}`);
    }
    const ready = await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    async stop() {
      if (exit !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the API; returns the value of the session cookie `login` sets. */
export async function sessionCookie(baseUrl, { email, password }) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }', variables: { email, password } }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('opshub_session='));
  if (!response.ok || !cookie) throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`);
  return cookie.split(';')[0].slice('opshub_session='.length);
}
