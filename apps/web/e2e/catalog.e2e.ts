import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, type Account, auditedBy, launchBrowser, screenshot, signedInPage } from './browser';

const baseUrl = inject('baseUrl');
const CARD = '[data-testid="kpi-card"][data-metric-key="sales.win_rate"]';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pageAs = (account: Account): Promise<Page> => signedInPage(browser, baseUrl, account);

async function cardStatus(page: Page): Promise<string | null> {
  await page.goto(`${baseUrl}/dashboards/sales`);
  await page.waitForSelector(`${CARD} [data-testid="kpi-value"]`);
  return page.getAttribute(CARD, 'data-status');
}

describe('targets', () => {
  it('a department head sets a target on the metric page, sees it drawn before saving, and the dashboard card changes status', async () => {
    const page = await pageAs(ACCOUNTS.salesHead);
    const before = await cardStatus(page);
    expect(before).toMatch(/^(ON_TRACK|AT_RISK|OFF_TRACK)$/);
    // A win rate of 99.9 % is out of reach; 0.1 % is met by any month with a deal won.
    const [typed, expected] = before === 'OFF_TRACK' ? ['0.1', 'ON_TRACK'] : ['99.9', 'OFF_TRACK'];

    await page.click(CARD);
    await page.waitForURL(/\/metrics\/sales\.win_rate/);
    const panel = '[data-testid="targets-panel"]';
    await page.click(`${panel} [data-testid="target-add"]`);
    await page.fill(`${panel} [data-testid="target-value"]`, typed);
    // Drawn on the chart while typed, before anything is saved.
    await page.waitForFunction((value) => document.querySelector('[data-testid="timeseries-chart"]')?.getAttribute('aria-label')?.includes(`target ${value}%`), typed);
    await screenshot(page, 'catalog-target-preview');
    await page.click(`${panel} [data-testid="target-save"]`);
    await page.waitForSelector(`${panel} [data-testid="target-form"]`, { state: 'detached' });
    const row = `${panel} [data-testid="target-row"]:has-text("${typed}%")`;
    await page.waitForSelector(row);

    expect(await cardStatus(page)).toBe(expected);
    // The ADMIN's audit trail names the head and the target in the metric's unit.
    const admin = await pageAs(ACCOUNTS.admin);
    expect(await auditedBy(admin, baseUrl, 'TARGET', [`Target set to ${typed}%`])).toBe('Sam Sales');

    // Deleting it (asked first) brings the plan back, and the card's status with it.
    await page.goto(`${baseUrl}/metrics/sales.win_rate`);
    await page.click(`${row} >> button:has-text("Delete")`);
    await page.click(`${row} >> button:has-text("Yes, delete")`);
    await page.waitForSelector(row, { state: 'detached' });
    expect(await cardStatus(page)).toBe(before);
    expect(await auditedBy(admin, baseUrl, 'TARGET', [`Target ${typed}% removed`])).toBe('Sam Sales');
    await admin.close();
    await page.close();
  });
});

describe('catalog', () => {
  it('lists every metric by department and filters by words and department', async () => {
    const page = await pageAs(ACCOUNTS.executive);
    await page.click('[data-testid="catalog-link"]');
    await page.waitForURL(/\/catalog/);
    await page.waitForSelector('[data-testid="catalog-row"][data-key="sales.win_rate"]');
    const departments = await page.$$eval('[data-testid="catalog-group"]', (groups) => groups.map((group) => group.getAttribute('data-department')));
    expect(departments).toEqual(expect.arrayContaining(['SALES', 'MARKETING', 'FINANCE']));
    const winRate = await page.textContent('[data-testid="catalog-row"][data-key="sales.win_rate"]');
    expect(winRate).toContain('Win rate');
    expect(winRate).toContain('Formula');
    expect(winRate).toContain('Weekly');

    const all = (await page.$$('[data-testid="catalog-row"]')).length;
    await page.fill('[data-testid="catalog-search"]', 'win rate');
    await page.waitForSelector('[data-testid="catalog-row"][data-key="sales.deals_closed"]', { state: 'detached' });
    expect(await page.$('[data-testid="catalog-row"][data-key="sales.win_rate"]')).not.toBeNull();
    expect((await page.$$('[data-testid="catalog-row"]')).length).toBeLessThan(all);
    await page.selectOption('[data-testid="catalog-department"]', 'MARKETING');
    await page.waitForSelector('[data-testid="catalog-row"][data-key="sales.win_rate"]', { state: 'detached' });
    expect(page.url()).toContain('department=MARKETING');
    await page.close();
  });

  it('an admin creates a derived metric: a bad formula is flagged beside the field, a good one previews its values first', async () => {
    const page = await pageAs(ACCOUNTS.admin);
    await page.goto(`${baseUrl}/catalog`);
    await page.click('[data-testid="metric-new"]');
    const editor = '[data-testid="metric-editor"]';
    await page.fill(`${editor} [data-testid="metric-key"]`, 'sales.e2e_loss_rate');
    await page.fill(`${editor} [data-testid="metric-name"]`, 'E2E loss rate');
    await page.selectOption(`${editor} select[name="unit.kind"]`, 'PERCENT');
    await page.check(`${editor} [data-testid="metric-derived"]`);
    const formula = `${editor} [data-testid="metric-formula-input"]`;
    await page.fill(formula, '1 - sales.deals_won / ');
    const fieldError = await page.waitForSelector(`${editor} [data-invalid="true"]:has([data-testid="metric-formula-input"]) [role="alert"]`);
    expect(await fieldError.textContent()).toMatch(/Formula is invalid/);
    expect(await page.$(`${editor} [data-testid="formula-preview"]`)).toBeNull();

    await page.fill(formula, '1 - sales.deals_won / sales.deals_closed');
    await page.waitForSelector(`${editor} [data-invalid="true"]:has([data-testid="metric-formula-input"])`, { state: 'detached' });
    const total = await page.waitForSelector(`${editor} [data-testid="formula-preview-total"]`);
    expect(await total.textContent()).toMatch(/^\d+(\.\d+)?\s?%$/);
    await screenshot(page, 'catalog-formula-preview');

    await page.click(`${editor} [data-testid="metric-save"]`);
    await page.waitForSelector(editor, { state: 'detached' });
    const row = await page.waitForSelector('[data-testid="catalog-row"][data-key="sales.e2e_loss_rate"]');
    expect(await row.textContent()).toContain('E2E loss rate');
    await page.close();
  });
});
