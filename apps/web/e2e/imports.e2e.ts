import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot, signIn } from './browser';

const baseUrl = inject('baseUrl');
const metricKey = `marketing.e2e_import_${randomBytes(3).toString('hex')}`;

/** A day before today (UTC) as DD/MM/YYYY: within the metric page's default range. */
function daysAgo(days: number): string {
  const day = new Date(Date.now() - days * 86_400_000);
  return `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
}

// Two good rows (120 + 180 = 300) and one whose amount is not a number.
const FILE = ['day,region,amount', `${daysAgo(2)},EMEA,120`, `${daysAgo(1)},EMEA,n/a`, `${daysAgo(1)},APAC,180`].join('\n');

let browser: Browser;
beforeAll(async () => {
  await gql(baseUrl, `mutation ($input: MetricInput!) { createMetric(input: $input) { key } }`, {
    input: { key: metricKey, name: 'Imported leads', department: 'MARKETING', unit: { kind: 'COUNT' }, direction: 'HIGHER_IS_BETTER', aggregation: 'SUM' },
  });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('importing a CSV in the app', () => {
  it('a marketing-ops ADMIN drops a file, fixes the mapping from the preview, watches it import, downloads the rejected row and sees the metric change', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US', acceptDownloads: true });
    await signIn(page, baseUrl, ACCOUNTS.admin);
    await page.goto(`${baseUrl}/metrics/${metricKey}`);
    const value = '[data-testid="kpi-summary"] [data-testid="kpi-value"]';
    await page.waitForSelector(value);
    const before = await page.textContent(value);

    // On a phone the pages are in the menu's drawer.
    await page.click('[data-testid="menu-button"]');
    await page.click('[data-testid="imports-link"]');
    await page.waitForSelector('[data-testid="imports-page"]');
    // Dropped on the zone, as from a file manager.
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'leads.csv', { type: 'text/csv' }));
      return transfer;
    }, FILE);
    await page.dispatchEvent('[data-testid="import-drop"]', 'drop', { dataTransfer: dropped });
    await page.waitForSelector('[data-testid="mapping-form"]');
    expect(await page.$$eval('[data-testid="mapping-value"] option', (options) => options.map((o) => o.textContent))).toEqual(['Choose a column', 'day', 'region', 'amount']);

    // First the wrong date layout: the preview rejects every row at its date.
    await page.selectOption('[data-testid="mapping-metric"]', metricKey);
    await page.selectOption('[data-testid="mapping-timestamp"]', 'day');
    await page.selectOption('[data-testid="mapping-format"]', 'YYYY-MM-DD');
    await page.selectOption('[data-testid="mapping-zone"]', 'UTC');
    await page.selectOption('[data-testid="mapping-value"]', 'amount');
    await page.check('[data-testid="mapping-dimension"][value="region"]');
    await page.click('[data-testid="import-preview-run"]');
    await page.waitForSelector('[data-testid="preview-row"]');
    expect(await page.$$eval('[data-testid="preview-row"]', (rows) => rows.map((r) => r.getAttribute('data-ok')))).toEqual(['false', 'false', 'false']);
    expect(await page.textContent('[data-testid="preview-row"]:nth-child(1) td:nth-child(2)')).toBe(`Column day: "${daysAgo(2)}" is not a YYYY-MM-DD date`);

    // Fixed from the preview: only the bad amount is left.
    await page.selectOption('[data-testid="mapping-format"]', 'DD/MM/YYYY');
    await page.click('[data-testid="import-preview-run"]');
    await page.waitForSelector('[data-testid="preview-summary"]:has-text("3 rows checked: 1 will be rejected.")');
    expect(await page.$$eval('[data-testid="preview-row"]', (rows) => rows.map((r) => r.getAttribute('data-ok')))).toEqual(['true', 'false', 'true']);
    expect(await page.textContent('[data-testid="preview-row"]:nth-child(2) td:nth-child(2)')).toBe('Column amount: "n/a" is not a number');
    await screenshot(page, 'imports-preview-phone');

    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="import-progress"]');
    // Pushed over the WebSocket as the batches commit.
    await page.waitForSelector('[data-testid="import-progress"][data-state="COMPLETED"]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid="import-counts"]')).toBe('3 of 3 rows (100%) · 1 rejected');
    await page.waitForSelector('[data-testid="import-history-row"]:has-text("leads.csv"):has-text("Completed")');
    expect(await page.textContent('[data-testid="import-history-row"]:has-text("leads.csv")')).toContain(ACCOUNTS.admin.name);
    await screenshot(page, 'imports-done-phone');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="import-rejected-csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(`row,column,reason,cells\r\n2,amount,"""n/a"" is not a number",${daysAgo(1)},EMEA,n/a\r\n`);

    await page.goto(`${baseUrl}/metrics/${metricKey}`);
    await page.waitForSelector(`${value}:has-text("300")`);
    expect(await page.textContent(value)).toBe('300');
    expect(before).not.toBe('300');
    await page.close();
  });
});
