// Starts the real production server (`npm start`'s entry point) on a fresh embedded PostgreSQL with a
// shorter demo history, and hands its URL to the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const SERVER_ENTRY = path.resolve(__dirname, '../../server/dist/main.js');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function waitForUrl(server: ChildProcess, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 180 s:\n${output.join('')}`)), 180_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /app:\s+(http:\/\/\S+?)\/\s/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output.join('')}`));
    });
  });
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'opshub-e2e-'));
  const server = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      EMBEDDED_PG_DIR: path.join(dataDir, 'pg'),
      EMBEDDED_PG_PORT: String(56000 + (process.pid % 4000)),
      SEED_DEMO_DAYS: '400',
      SIMULATOR: 'off',
      LIVE_TICK_MS: '100',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const baseUrl = await waitForUrl(server, output);
  project.provide('baseUrl', baseUrl);
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
