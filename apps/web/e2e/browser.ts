import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '../test-results');

/** Debian's chromium package; no browser is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  // Sparklines load lazily, after the values: give them a moment so the artefact shows what a user sees.
  // It is a picture, not a check; a page without sparklines has nothing to wait for.
  await page
    .waitForFunction(() => {
      const slots = document.querySelectorAll('[data-testid="sparkline"]').length;
      const charts = [...document.querySelectorAll('.sparkline__chart')];
      return slots === 0 || (charts.length > 0 && charts.every((chart) => chart.querySelector('svg')));
    }, null, { timeout: 5_000 })
    .catch(() => undefined);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function gql<T = any>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}
