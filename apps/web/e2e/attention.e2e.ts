import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot, signedInPage, signIn } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await signedInPage(browser, baseUrl, ACCOUNTS.executive);
});
afterAll(() => browser?.close());

interface Card {
  metric: { key: string };
  status: string | null;
}

describe('needs attention', () => {
  it('lists, from the navigation, every off-track or at-risk KPI of every dashboard the executive may open, worst first', async () => {
    const { dashboards } = await gql<{ dashboards: Array<{ slug: string }> }>(baseUrl, '{ dashboards { slug } }', {}, ACCOUNTS.executive);
    const flagged = new Set<string>();
    for (const { slug } of dashboards) {
      const { dashboard } = await gql<{ dashboard: { sections: Array<{ kpis: Card[] }> } }>(
        baseUrl, 'query ($slug: ID!) { dashboard(slug: $slug) { sections { kpis { metric { key } status } } } }', { slug }, ACCOUNTS.executive,
      );
      for (const kpi of dashboard.sections.flatMap((section) => section.kpis)) if (kpi.status === 'OFF_TRACK' || kpi.status === 'AT_RISK') flagged.add(kpi.metric.key);
    }
    expect(flagged.size).toBeGreaterThan(0);

    await page.click('[data-testid="attention-link"]');
    await page.waitForSelector('[data-testid="attention-item"]');
    const items = page.locator('[data-testid="attention-item"]');
    const keys = await items.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.metricKey!));
    expect(keys).toEqual(expect.arrayContaining([...flagged]));
    // Worst first: every off-track KPI before any that is only at risk or behind its goal.
    const reasons = await items.evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('[data-reason]')].map((chip) => (chip as HTMLElement).dataset.reason)));
    const firstNotOff = reasons.findIndex((list) => list[0] !== 'OFF_TRACK');
    expect(firstNotOff === -1 || reasons.slice(firstNotOff).every((list) => list[0] !== 'OFF_TRACK')).toBe(true);
    expect(await page.locator('[data-testid="attention-summary"]').innerText()).toMatch(new RegExp(`^${keys.length} KPIs? needs? attention`));
    await screenshot(page, 'attention-executive');

    await items.first().locator('a').click();
    await page.waitForURL(new RegExp(`/metrics/${keys[0].replace('.', '\\.')}`));
  });

  it('shows a department head only what they may see, in Spanish', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'es-ES' });
    const phone = await context.newPage();
    await signIn(phone, baseUrl, ACCOUNTS.salesHead);
    await phone.goto(`${baseUrl}/attention`);
    await phone.waitForSelector('[data-testid="attention-item"], [data-testid="empty-state"]');
    const { attentionItems } = await gql<{ attentionItems: Array<{ kpi: { metric: { key: string } } }> }>(baseUrl, '{ attentionItems { kpi { metric { key } } } }', {}, ACCOUNTS.salesHead);
    const shown = await phone.locator('[data-testid="attention-item"]').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.metricKey!));
    expect(shown).toEqual(attentionItems.map((item) => item.kpi.metric.key));
    expect(await phone.locator('h1').innerText()).toBe('Requiere atención');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'attention-sales-head-phone-es');
    await context.close();
  });
});
