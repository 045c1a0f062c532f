import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// The multi-process tests run `node dist/main.js`: build it from the sources under test (about 5 s,
// alongside PostgreSQL's start). Emit only: type errors are `tsc --noEmit`'s and ts-jest's to report, and
// should not stop every other suite.
export async function buildServer() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const cwd = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck'], { cwd }).catch((error) => {
    throw new Error(`building the server failed:\n${error.stdout}${error.stderr}`);
  });
}

/** The fault suite's globalSetup: its tests start their own PostgreSQL and Redis, and need only the build. */
export default buildServer;
