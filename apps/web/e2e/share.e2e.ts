import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot, signedInPage } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // A department head shares their own dashboard.
  page = await signedInPage(browser, baseUrl, ACCOUNTS.salesHead);
});
afterAll(async () => {
  await browser?.close();
});

async function cardValues(on: Page): Promise<Record<string, string>> {
  return on.$$eval('[data-testid="kpi-card"]', (cards) =>
    Object.fromEntries(cards.map((card) => [card.getAttribute('data-metric-key'), card.querySelector('[data-testid="kpi-value"]')?.textContent?.trim() ?? ''])),
  );
}

const waitForCards = (on: Page) => on.waitForFunction(() => document.querySelectorAll('[data-testid="kpi-card"] [data-testid="kpi-value"]').length > 0, null);

describe('share links', () => {
  let wall: BrowserContext;
  afterAll(async () => {
    await wall?.close();
  });

  it('shows the dashboard live to a browser with no session, and closes it when the link is revoked', async () => {
    await page.goto(`${baseUrl}/dashboards/sales`);
    await waitForCards(page);
    await page.click('[data-testid="share-button"]');
    await page.waitForSelector('[data-testid="share-panel"] [data-testid="share-form"]');
    await page.selectOption('[data-testid="share-expiry"]', '7');
    await page.fill('[data-testid="share-label"]', 'Lobby TV');
    await page.click('[data-testid="share-create"]');
    const url = await (await page.waitForSelector('[data-testid="share-url"]')).inputValue();
    expect(url).toMatch(new RegExp(`^${baseUrl}/share/[A-Za-z0-9_-]{20,}$`));
    await page.waitForSelector('[data-testid="share-link"][data-status="ACTIVE"]:has-text("Lobby TV")');

    // A wall screen: a fresh context, no cookie.
    wall = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
    const screen = await wall.newPage();
    await screen.goto(url);
    await waitForCards(screen);
    expect(await screen.$('[data-testid="user-name"]')).toBeNull();
    expect(await screen.$$eval('[data-testid="kpi-card"]', (cards) => cards.every((card) => card.tagName === 'DIV'))).toBe(true);
    expect(await screen.$('[data-testid="range-select"]')).toBeNull();
    await screenshot(screen, 'share-wall-1920');

    // A write shows on the shared screen without a reload.
    await screen.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    const card = '[data-testid="kpi-card"][data-metric-key="sales.pipeline_value"]';
    await screen.waitForSelector(card);
    const before = (await cardValues(screen))['sales.pipeline_value'];
    const latest = await gql(baseUrl, `{ observations(key: "sales.pipeline_value", first: 1) { edges { node { value dimensions } } } }`);
    const { value, dimensions } = latest.observations.edges[0].node;
    await gql(baseUrl, `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
      input: [{ metricKey: 'sales.pipeline_value', value: value * 3 + 5_000_000, at: new Date().toISOString(), dimensions }],
    });
    await screen.waitForFunction(
      ({ selector, previous }) => document.querySelector(`${selector} [data-testid="kpi-value"]`)?.textContent?.trim() !== previous,
      { selector: card, previous: before },
    );
    expect(await screen.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

    // Revoked from the signed-in screen (after confirming): the shared screen closes at once.
    const row = page.locator('[data-testid="share-link"][data-status="ACTIVE"]', { hasText: 'Lobby TV' });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.waitForSelector('[data-testid="share-link"][data-status="REVOKED"]:has-text("Lobby TV")');
    const closed = await screen.waitForSelector('[data-testid="share-closed"]');
    expect(await closed.textContent()).toContain('This link was revoked');
    expect(await screen.$('[data-testid="kpi-card"]')).toBeNull();
    await screenshot(screen, 'share-revoked');

    // Opening it again says the same.
    const again = await wall.newPage();
    await again.goto(url);
    expect(await (await again.waitForSelector('[data-testid="share-closed"]')).getAttribute('data-reason')).toBe('REVOKED');
  });
});

describe('dashboard filters', () => {
  it('filters every card with the dimension, keeps the filter in the URL and on reload', async () => {
    await page.goto(`${baseUrl}/dashboards/sales`);
    await waitForCards(page);
    const whole = await cardValues(page);
    await page.selectOption('[data-testid="dashboard-filter-dimension"]', 'region');
    await page.fill('[data-testid="dashboard-filter-value"]', 'EMEA');
    await page.click('[data-testid="dashboard-filter-add"]');
    await page.waitForURL(/[?&]f=region%3AEMEA/);
    await page.waitForSelector('[data-testid="filter-chip"][data-dimension="region"][data-value="EMEA"]');
    await page.waitForFunction((previous) => {
      const cards = [...document.querySelectorAll('[data-testid="kpi-card"]')];
      return cards.length > 0 && cards.some((c) => c.querySelector('[data-testid="kpi-value"]')?.textContent?.trim() !== previous[c.getAttribute('data-metric-key') ?? '']);
    }, whole);
    const filtered = await cardValues(page);
    expect(filtered).not.toEqual(whole);

    await page.reload();
    await waitForCards(page);
    await page.waitForSelector('[data-testid="filter-chip"][data-dimension="region"][data-value="EMEA"]');
    expect(page.url()).toMatch(/[?&]f=region%3AEMEA/);
    await page.waitForFunction((expected) => {
      const cards = [...document.querySelectorAll('[data-testid="kpi-card"]')];
      return cards.length === Object.keys(expected).length
        && cards.every((c) => c.querySelector('[data-testid="kpi-value"]')?.textContent?.trim() === expected[c.getAttribute('data-metric-key') ?? '']);
    }, filtered);
    await screenshot(page, 'dashboard-filtered');
  });

  it('fits the filter bar, the share panel and a shared screen on a 375 px phone, in Spanish and dark', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${baseUrl}/dashboards/sales?f=region:EMEA`);
    await waitForCards(page);
    await page.click('[data-testid="share-button"]');
    await page.waitForSelector('[data-testid="share-panel"] [data-testid="share-link"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'share-panel-phone');
    await page.click('[data-testid="share-create"]');
    const url = await (await page.waitForSelector('[data-testid="share-url"]')).inputValue();

    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'es-ES', colorScheme: 'dark' });
    const screen = await phone.newPage();
    await screen.goto(url);
    await waitForCards(screen);
    expect(await screen.textContent('[data-testid="share-page"]')).toContain('Vista compartida, solo lectura');
    expect(await screen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(screen, 'share-phone-es-dark');
    await phone.close();
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
