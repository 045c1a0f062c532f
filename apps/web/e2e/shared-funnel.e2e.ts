import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, type Account, gql, launchBrowser, screenshot, signedInPage } from './browser';

/** Seed 003's shared funnel: the Smarketing dashboard is MARKETING's, shared with SALES; customer success is refused it. */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pageAs = (account: Account): Promise<Page> => signedInPage(browser, baseUrl, account);

describe('the shared funnel', () => {
  it('is in the sales head\'s navigation and opens with every card of the funnel, marked as shared', async () => {
    const page = await pageAs(ACCOUNTS.salesHead);
    await page.click('[data-testid="dashboard-link"][data-slug="marketing"]');
    await page.waitForURL(/\/dashboards\/marketing/);
    await page.waitForSelector('[data-testid="kpi-card"][data-metric-key="marketing.mql"] [data-testid="kpi-value"]');
    expect(await page.textContent('[data-testid="shared-with-badge"]')).toBe('Shared with Sales');
    const shown = await page.$$eval('[data-testid="kpi-card"]', (cards) => cards.map((card) => card.getAttribute('data-metric-key')));
    const { dashboard } = await gql<{ dashboard: { kpis: Array<{ metric: { key: string } }> } }>(baseUrl, '{ dashboard(slug: "marketing") { kpis { metric { key } } } }', undefined, ACCOUNTS.salesHead);
    expect(new Set(shown)).toEqual(new Set(dashboard.kpis.map((kpi) => kpi.metric.key)));
    await screenshot(page, 'shared-funnel-sales-head');

    // A head it is shared with edits it, and sees whom it is shared with without changing it (the owner's head does).
    await page.click('[data-testid="dashboard-edit"]');
    await page.waitForSelector('[data-testid="dashboard-editor"] [data-testid="shared-with"]');
    expect(await page.isChecked('[data-testid="shared-with-SALES"]')).toBe(true);
    expect(await page.isDisabled('[data-testid="shared-with-SALES"]')).toBe(true);
    await page.click('[data-testid="editor-cancel"]');
    await page.close();
  });

  it('is not in the customer-success head\'s navigation, and refused when asked for', async () => {
    const page = await pageAs(ACCOUNTS.csHead);
    await page.waitForSelector('[data-testid="dashboard-link"]');
    const slugs = await page.$$eval('[data-testid="dashboard-link"]', (links) => links.map((link) => link.getAttribute('data-slug')));
    expect(slugs).toContain('customer-success');
    expect(slugs).not.toContain('marketing');
    await page.goto(`${baseUrl}/dashboards/marketing`);
    await page.waitForSelector('[data-testid="no-access-state"]');
    expect(await page.$('[data-testid="kpi-card"]')).toBeNull();
    await page.close();
  });
});
