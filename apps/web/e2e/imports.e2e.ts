import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot, signIn } from './browser';

const baseUrl = inject('baseUrl');
const run = randomBytes(3).toString('hex');
const metricKey = `marketing.e2e_import_${run}`;
const xlsxMetricKey = `marketing.e2e_xlsx_${run}`;
const bulkMetricKey = `marketing.e2e_bulk_${run}`;
let dashboardSlug = '';

/** Midnight UTC a number of days before today: within the pages' default ranges. */
const dayAgo = (days: number) => new Date(Math.floor(Date.now() / 86_400_000 - days) * 86_400_000);
/** That day as DD/MM/YYYY. */
function daysAgo(days: number): string {
  const day = dayAgo(days);
  return `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
}

/** The page's file button, given a file as a file manager would. */
async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('[data-testid="import-file"]', { name, mimeType: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', buffer });
  await page.waitForSelector(`[data-testid="import-drop"]:has-text("${name}")`);
  await page.waitForSelector('[data-testid="mapping-form"]');
}

const COMPLETED = '[data-testid="import-progress"][data-state="COMPLETED"]';

// Two good rows (120 + 180 = 300) and one whose amount is not a number.
const FILE = ['day,region,amount', `${daysAgo(2)},EMEA,120`, `${daysAgo(1)},EMEA,n/a`, `${daysAgo(1)},APAC,180`].join('\n');

let browser: Browser;
beforeAll(async () => {
  for (const [key, name] of [[metricKey, 'Imported leads'], [xlsxMetricKey, 'Imported from a workbook'], [bulkMetricKey, 'Imported in bulk']]) {
    await gql(baseUrl, `mutation ($input: MetricInput!) { createMetric(input: $input) { key } }`, {
      input: { key, name, department: 'MARKETING', unit: { kind: 'COUNT' }, direction: 'HIGHER_IS_BETTER', aggregation: 'SUM' },
    });
  }
  // A dashboard with the imported metric's card: the import must show there too.
  const created = await gql<{ createDashboard: { slug: string } }>(baseUrl, `mutation ($input: DashboardInput!) { createDashboard(department: MARKETING, input: $input) { slug } }`, {
    input: { title: `Imports ${run}`, widgets: [{ id: 'imported', type: 'KPI', metricKeys: [metricKey], x: 0, y: 0, w: 3, h: 3 }] },
  });
  dashboardSlug = created.createDashboard.slug;
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('importing a CSV in the app', () => {
  it('a marketing-ops ADMIN drops a file, fixes the mapping from the preview, watches it import, downloads the rejected row and sees the card and metric change', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US', acceptDownloads: true });
    await signIn(page, baseUrl, ACCOUNTS.admin);
    const card = `[data-testid="kpi-card"][data-metric-key="${metricKey}"] [data-testid="kpi-value"]`;
    await page.goto(`${baseUrl}/dashboards/${dashboardSlug}`);
    await page.waitForSelector(card);
    const cardBefore = await page.textContent(card);
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
    // The dashboard's card: 120 + 180.
    await page.goto(`${baseUrl}/dashboards/${dashboardSlug}`);
    await page.waitForSelector(`${card}:has-text("300")`);
    expect(await page.textContent(card)).toBe('300');
    expect(cardBefore).not.toBe('300');
    await page.close();
  });

  it('imports an .xlsx (columns read by the server, date cells as dates) and a CRM leads CSV, and cancels a long import', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await signIn(page, baseUrl, ACCOUNTS.admin);
    await page.goto(`${baseUrl}/imports`);
    await page.waitForSelector('[data-testid="imports-page"]');

    // A workbook as a spreadsheet program saves it: a real date cell (any layout), and a date typed as text.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Leads');
    sheet.addRow(['Day', 'Region', 'Amount']);
    sheet.addRow([dayAgo(3), 'EMEA', 7]).getCell(1).numFmt = 'yyyy-mm-dd';
    sheet.addRow([daysAgo(2), 'APAC', 8]);
    await chooseFile(page, `book-${run}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
    expect(await page.$$eval('[data-testid="mapping-value"] option', (options) => options.map((o) => o.textContent))).toEqual(['Choose a column', 'Day', 'Region', 'Amount']);
    expect(await page.$('[data-testid="mapping-delimiter"]')).toBeNull();
    expect(await page.textContent('[data-testid="mapping-form"]')).toContain('Date cells of a workbook are read as the dates they are');
    await page.selectOption('[data-testid="mapping-metric"]', xlsxMetricKey);
    await page.selectOption('[data-testid="mapping-timestamp"]', 'Day');
    await page.selectOption('[data-testid="mapping-format"]', 'DD/MM/YYYY');
    await page.selectOption('[data-testid="mapping-zone"]', 'UTC');
    await page.selectOption('[data-testid="mapping-value"]', 'Amount');
    await page.click('[data-testid="import-preview-run"]');
    await page.waitForSelector('[data-testid="preview-summary"]:has-text("2 rows checked: all can be imported.")');
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector(COMPLETED, { timeout: 60_000 });
    expect(await page.textContent('[data-testid="import-counts"]')).toBe('2 of 2 rows (100%) · none rejected');
    await page.goto(`${baseUrl}/metrics/${xlsxMetricKey}`);
    // 7 (the date cell) + 8 (the text date).
    await page.waitForSelector('[data-testid="kpi-summary"] [data-testid="kpi-value"]:has-text("15")');
    expect(await page.textContent('[data-testid="kpi-summary"] [data-testid="kpi-value"]')).toBe('15');

    // CRM leads: two good rows and one without a region; a channel of this run only, to count them.
    const channel = `e2e_${run}`;
    const leads = [
      'Lead ID,Contact,Source,Area,Tier,Created',
      `e2e-${run}-1,Ada ${run},${channel},EMEA,SMB,${daysAgo(2)}`,
      `e2e-${run}-2,Grace ${run},${channel},,ENTERPRISE,${daysAgo(1)}`,
      `e2e-${run}-3,Linus ${run},${channel},NA,MID_MARKET,${daysAgo(1)}`,
    ].join('\n');
    await page.goto(`${baseUrl}/imports`);
    await chooseFile(page, `leads-${run}.csv`, Buffer.from(leads));
    await page.check('[data-testid="mapping-kind-leads"]');
    for (const [field, column] of [['externalId', 'Lead ID'], ['name', 'Contact'], ['channel', 'Source'], ['region', 'Area'], ['segment', 'Tier'], ['createdAt', 'Created']]) {
      await page.selectOption(`[data-testid="mapping-lead-${field}"]`, column);
    }
    await page.selectOption('[data-testid="mapping-format"]', 'DD/MM/YYYY');
    await page.selectOption('[data-testid="mapping-zone"]', 'UTC');
    await page.click('[data-testid="import-preview-run"]');
    await page.waitForSelector('[data-testid="preview-summary"]:has-text("3 rows checked: 1 will be rejected.")');
    expect(await page.textContent('[data-testid="preview-row"]:nth-child(2) td:nth-child(2)')).toBe('Column Area: has no Region');
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector(COMPLETED, { timeout: 60_000 });
    expect(await page.textContent('[data-testid="import-counts"]')).toBe('3 of 3 rows (100%) · 1 rejected');
    await page.waitForSelector(`[data-testid="import-history-row"]:has-text("leads-${run}.csv"):has-text("Completed")`);
    const found = await gql<{ leads: { totalCount: number; edges: Array<{ node: { id: string; name: string; region: string } }> } }>(
      baseUrl, `{ leads(filter: { channel: ["${channel}"] }) { totalCount edges { node { id name region } } } }`);
    expect(found.leads.totalCount).toBe(2);
    expect(found.leads.edges.map((e) => [e.node.name, e.node.region]).sort()).toEqual([[`Ada ${run}`, 'EMEA'], [`Linus ${run}`, 'NA']]);
    const ada = found.leads.edges.find((e) => e.node.name === `Ada ${run}`)!.node;
    await page.goto(`${baseUrl}/leads/${ada.id}`);
    await page.waitForSelector(`[data-testid="lead-page"] h1:has-text("Ada ${run}")`);

    // A long import (800,000 rows, one a second), stopped after a confirmation: CANCELLED in the history.
    await page.goto(`${baseUrl}/imports`);
    const start = dayAgo(12).getTime();
    const bulk = ['at,amount', ...Array.from({ length: 800_000 }, (_, i) => `${new Date(start + i * 1000).toISOString()},1`)].join('\n');
    await chooseFile(page, `bulk-${run}.csv`, Buffer.from(bulk));
    await page.selectOption('[data-testid="mapping-metric"]', bulkMetricKey);
    await page.selectOption('[data-testid="mapping-timestamp"]', 'at');
    await page.selectOption('[data-testid="mapping-format"]', 'ISO');
    await page.selectOption('[data-testid="mapping-value"]', 'amount');
    await page.click('[data-testid="import-start"]');
    await page.click('[data-testid="import-progress"] button:has-text("Cancel import")');
    await page.click('[data-testid="import-progress"] button:has-text("Yes, stop it")');
    await page.waitForSelector('[data-testid="import-progress"][data-state="CANCELLED"]', { timeout: 60_000 });
    await page.waitForSelector(`[data-testid="import-history-row"]:has-text("bulk-${run}.csv"):has-text("Cancelled")`);
    await page.close();
  });
});
