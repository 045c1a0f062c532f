// Reports the dashboard app's budgets (a report, not a test): initial JS gzip size of the production
// build, time to the first KPI value painted on the executive dashboard, and time from an observation's
// write to the card's change (p95 over 50 writes), in headless Debian chromium against the real server.
// The browser is signed in (as the demo executive) before anything is measured; the writes are the admin's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { sessionCookie, startServer } from './server.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const RUNS = 7;
const WRITES = 50;
const EXECUTIVE = { email: 'ceo@opshub.demo', password: 'demo-executive-2026' };
const ADMIN = { email: 'admin@opshub.demo', password: 'demo-admin-2026' };

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** Scripts and module preloads referenced by index.html: what the browser fetches before first paint. */
function initialJsGzipBytes() {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return { files, bytes: files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file))).length, 0) };
}

const FIRST_VALUE_PROBE = () => {
  new MutationObserver((_, observer) => {
    const value = document.querySelector('[data-testid="kpi-card"] [data-testid="kpi-value"]');
    if (value && value.textContent && value.textContent.trim() !== '—') {
      window.__firstValueMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
};

async function main() {
  const bundle = initialJsGzipBytes();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const viewerSession = { name: 'opshub_session', value: await sessionCookie(server.baseUrl, EXECUTIVE), url: server.baseUrl, httpOnly: true, sameSite: /** @type {const} */ ('Strict') };
    const writer = `opshub_session=${await sessionCookie(server.baseUrl, ADMIN)}`;
    /** @type {number[]} */
    const firstValue = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext(); // cold cache every run, already signed in
      await context.addCookies([viewerSession]);
      const page = await context.newPage();
      await page.addInitScript(FIRST_VALUE_PROBE);
      await page.goto(`${server.baseUrl}/`);
      await page.waitForFunction(() => window.__firstValueMs !== undefined, null, { timeout: 30_000 });
      firstValue.push(await page.evaluate(() => /** @type {number} */ (window.__firstValueMs)));
      await context.close();
    }

    const context = await browser.newContext();
    await context.addCookies([viewerSession]);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/dashboards/marketing`);
    const card = '[data-testid="kpi-card"][data-metric-key="marketing.mql"] [data-testid="kpi-value"]';
    await page.waitForSelector(card);
    await page.waitForFunction(() => document.querySelector('[data-testid="connection-status"]')?.getAttribute('data-state') === 'connected');
    await page.evaluate((selector) => {
      window.__changes = [];
      const target = /** @type {Element} */ (document.querySelector(selector));
      new MutationObserver(() => window.__changes.push(Date.now())).observe(target, { childList: true, subtree: true, characterData: true });
    }, card);
    /** @type {number[]} */
    const latencies = [];
    for (let i = 0; i < WRITES; i++) {
      const started = Date.now();
      const response = await fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: writer },
        body: JSON.stringify({
          // MQLs are computed from lead records: a lead scoring over the threshold (enterprise + demo request) is one.
          query: 'mutation ($input: LeadInput!) { createLead(input: $input) { id } }',
          variables: { input: { channel: 'organic', region: 'EMEA', segment: 'ENTERPRISE', signals: { demo_requests: 1 } } },
        }),
      });
      if (!response.ok) throw new Error(`write ${i} failed: ${await response.text()}`);
      await page.waitForFunction((n) => window.__changes.length > n, i, { timeout: 10_000 });
      const [changedAt] = await page.evaluate((n) => window.__changes.slice(n, n + 1), i);
      await page.evaluate((n) => (window.__changes.length = n + 1), i);
      latencies.push(changedAt - started);
    }

    const rows = [
      ['initial JS (gzip)', `${(bundle.bytes / 1024).toFixed(1)} KB`, '≤ 120 KB (issue 21)', `${bundle.files.length} file(s)`],
      ['first KPI value painted', `median ${quantile(firstValue, 0.5).toFixed(0)} ms, p95 ${quantile(firstValue, 0.95).toFixed(0)} ms`, '≤ 1000 ms', `${RUNS} cold-cache loads, in order: ${firstValue.map((ms) => ms.toFixed(0)).join(', ')} ms`],
      ['write → card change', `median ${quantile(latencies, 0.5)} ms, p95 ${quantile(latencies, 0.95)} ms`, 'p95 ≤ 500 ms', `${WRITES} writes`],
    ];
    console.log(`\nOpsHub web budgets — ${new Date().toISOString()}\n`);
    console.log('| budget | measured | target | sample |\n| --- | --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
