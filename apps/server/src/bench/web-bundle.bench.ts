import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './report';

/**
 * The JavaScript a first visit downloads before the app can render: the entry module and the modules
 * index.html preloads, gzip-compressed (level 9). Lazy chunks are not counted.
 */
export function webBundleBench(webDist: string): Figure {
  const figure = { case: 'Web bundle', figure: 'initial JS (entry + modulepreload), gzip', unit: 'KB' };
  const indexHtml = path.join(webDist, 'index.html');
  if (!existsSync(indexHtml)) return { ...figure, size: 'apps/web/dist', value: null, note: 'web build absent: run npm run build' };
  const html = readFileSync(indexHtml, 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((match) => match[1]);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(webDist, file)), { level: 9 }).length, 0);
  const kb = bytes / 1024;
  return { ...figure, size: `${files.length} files`, value: { median: kb, p95: kb, runs: 1 } };
}
