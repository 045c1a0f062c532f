import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot, signIn } from './browser';

const baseUrl = inject('baseUrl');
/** The company's warehouse: a database of its own on a PostgreSQL the test reaches (the machine's, by default). */
const WAREHOUSE_ADMIN_URL = process.env.E2E_WAREHOUSE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `opshub_e2e_wh_${randomBytes(4).toString('hex')}`;
const warehouseUrl = (() => {
  const url = new URL(WAREHOUSE_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
})();
const metricKey = `sales.e2e_${randomBytes(3).toString('hex')}`;

async function run(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

let browser: Browser;
beforeAll(async () => {
  await run(WAREHOUSE_ADMIN_URL, `CREATE DATABASE ${database}`);
  await run(warehouseUrl, `CREATE TABLE orders (at timestamptz, amount numeric, region text);
    INSERT INTO orders VALUES (now() - interval '2 days', 120, 'EMEA'), (now() - interval '1 day', 80, 'AMER')`);
  await gql(baseUrl, `mutation ($input: MetricInput!) { createMetric(input: $input) { key } }`, {
    input: { key: metricKey, name: 'Warehouse orders', department: 'SALES', unit: { kind: 'COUNT' }, direction: 'HIGHER_IS_BETTER', aggregation: 'SUM' },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await run(WAREHOUSE_ADMIN_URL, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

describe('SQL sources', () => {
  it('an ADMIN connects a database, tests a query, saves it, and the metric shows the synced numbers', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    await signIn(page, baseUrl, ACCOUNTS.admin);
    await page.goto(`${baseUrl}/sources`);

    await page.click('[data-testid="connection-new"]');
    await page.fill('[data-testid="connection-name"]', 'Warehouse');
    await page.fill('[data-testid="connection-string"]', warehouseUrl);
    await page.click('[data-testid="connection-test"]');
    await page.waitForSelector('[data-testid="connection-test-result"]:has-text("Connected.")');
    await page.click('[data-testid="connection-save"]');
    const item = '[data-testid="connection-item"]:has-text("Warehouse")';
    await page.waitForSelector(item);
    // Only where it is: the password-free host and database, never the connection string.
    expect(await page.textContent(item)).toContain(`/ ${database}`);

    await page.click('[data-testid="source-new"]');
    await page.selectOption('[data-testid="source-metric"]', metricKey);
    await page.fill('[data-testid="source-query"]', 'SELECT at, amount, region FROM orders WHERE at > $1 ORDER BY at');
    await page.fill('[data-testid="source-value"]', 'amount');
    await page.click('[data-testid="source-preview"]');
    await page.waitForSelector('[data-testid="preview-points"]');
    expect(await page.$$eval('[data-testid="preview-rows"] tbody tr', (rows) => rows.length)).toBe(2);
    expect(await page.textContent('[data-testid="preview-points"]')).toContain('region: EMEA');
    await screenshot(page, 'sources-test-query-phone');
    await page.click('[data-testid="source-save"]');
    await page.waitForSelector('[data-testid="source-form"]', { state: 'detached' });

    // A new source is due at once: the scheduler queues its first sync; "Sync now" queues one too.
    await page.click('[data-testid="source-item"] [data-testid="source-sync"]');
    await page.waitForSelector('[data-testid="source-queued"]');
    await expect.poll(async () => {
      await page.reload();
      return page.getAttribute('[data-testid="source-item"]', 'data-status');
    }, { timeout: 60_000, interval: 1000 }).toBe('OK');

    await page.goto(`${baseUrl}/metrics/${metricKey}`);
    await page.waitForSelector('[data-testid="kpi-summary"] [data-testid="kpi-value"]');
    expect(await page.textContent('[data-testid="kpi-summary"] [data-testid="kpi-value"]')).toBe('200');
    await page.close();
  });
});
