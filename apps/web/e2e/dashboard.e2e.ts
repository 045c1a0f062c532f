import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot, signedInPage, signIn } from './browser';

const baseUrl = inject('baseUrl');
const DASHBOARDS = ['executive', 'sales', 'customer-success', 'product', 'operations', 'marketing'];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // The executive reads every department.
  page = await signedInPage(browser, baseUrl, ACCOUNTS.executive);
});
afterAll(async () => {
  await browser?.close();
});

async function dashboardKeys(slug: string): Promise<string[]> {
  const data = await gql<{ dashboard: { sections: Array<{ metricKeys: string[] }> } }>(baseUrl, `{ dashboard(slug: "${slug}") { sections { metricKeys } } }`);
  return data.dashboard.sections.flatMap((s) => s.metricKeys);
}

async function cardValues(): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="kpi-card"]', (cards) =>
    Object.fromEntries(cards.map((card) => [card.getAttribute('data-metric-key'), card.querySelector('[data-testid="kpi-value"]')?.textContent?.trim() ?? ''])),
  );
}

describe('executive dashboard', () => {
  it('shows a value on every seeded KPI card', async () => {
    const keys = await dashboardKeys('executive');
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="kpi-card"] [data-testid="kpi-value"]').length === n, keys.length);
    const values = await cardValues();
    expect(Object.keys(values).sort()).toEqual([...keys].sort());
    for (const key of keys) expect([key, values[key]]).not.toEqual([key, '—']);
    expect(await page.getAttribute('[data-testid="connection-status"]', 'data-state')).toBe('connected');
    await screenshot(page, 'dashboard-executive');
  });

  it('changes a card in place when an observation is written through the API', async () => {
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    const before = (await cardValues())['finance.arr'];
    // ARR is a stock: the last value of each region counts, so a new EMEA point moves the total.
    const latest = await gql(baseUrl, `{ observations(key: "finance.arr", first: 1) { edges { node { value dimensions } } } }`);
    const { value, dimensions } = latest.observations.edges[0].node;
    await gql(baseUrl, `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
      input: [{ metricKey: 'finance.arr', value: value + 2_500_000, at: new Date().toISOString(), dimensions }],
    });
    const card = '[data-testid="kpi-card"][data-metric-key="finance.arr"]';
    await page.waitForFunction(
      ({ selector, previous }) => document.querySelector(`${selector} [data-testid="kpi-value"]`)?.textContent?.trim() !== previous,
      { selector: card, previous: before },
    );
    expect(await page.getAttribute(card, 'data-pulsing')).toBe('true');
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    expect((await cardValues())['finance.arr']).not.toBe(before);
  });
});

describe('drill-down', () => {
  it('opens a KPI, breaks it down by a dimension, drills into a segment and lists the raw observations', async () => {
    await page.goto(`${baseUrl}/dashboards/sales`);
    await page.click('[data-testid="kpi-card"][data-metric-key="sales.win_rate"]');
    await page.waitForURL(/\/metrics\/sales\.win_rate/);
    await page.waitForSelector('[data-testid="kpi-summary"] [data-testid="kpi-value"]');
    await page.waitForSelector('[data-testid="metric-formula"]');

    await page.selectOption('[data-testid="groupby-select"]', 'region');
    // The breakdown re-renders for the new dimension: wait for its four regions (NA, EMEA, LATAM, APAC).
    await page.waitForFunction(
      () => document.querySelector('[data-testid="breakdown-chart"]')?.getAttribute('data-group-by') === 'region'
        && document.querySelectorAll('[data-testid="breakdown-segment"]').length === 4,
      null,
    );
    await page.click('[data-testid="breakdown-segment"] >> nth=0');
    await page.waitForSelector('[data-testid="filter-chip"][data-dimension="region"]');
    expect(page.url()).toMatch(/filter=|region/);

    await page.waitForSelector('[data-testid="observation-row"]');
    const rows = await page.$$('[data-testid="observation-row"]');
    expect(rows.length).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const csv = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(csv.trim().split('\n').length).toBe(rows.length + 1);
    await screenshot(page, 'drill-down-win-rate');
  });
});

describe('language', () => {
  it('switches labels, names and number formats to Spanish', async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector('[data-testid="kpi-card"] [data-testid="kpi-value"]');
    const englishTitle = await page.textContent('h1');
    await page.selectOption('[data-testid="language-select"]', 'es');
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent !== title, englishTitle);
    const spanish = await gql(baseUrl, `{ dashboard(slug: "executive") { title(locale: "es") } }`);
    expect(await page.textContent('h1')).toBe(spanish.dashboard.title);
    const margin = (await cardValues())['finance.gross_margin'];
    expect(margin).toMatch(/^\d+,\d\s%$/); // "86,1 %": Spanish decimal comma and spaced percent sign
    await screenshot(page, 'dashboard-executive-es');
    await page.selectOption('[data-testid="language-select"]', 'en');
  });
});

describe('every dashboard', () => {
  it.each(DASHBOARDS)('%s renders all its cards (screenshot saved)', async (slug) => {
    const keys = await dashboardKeys(slug);
    await page.goto(`${baseUrl}/${slug === 'executive' ? '' : `dashboards/${slug}`}`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="kpi-card"] [data-testid="kpi-value"]').length === n, keys.length);
    await screenshot(page, `dashboard-${slug}`);
  });

  it('fits a 375 px phone without horizontal scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(phone, baseUrl, ACCOUNTS.executive);
    await phone.goto(`${baseUrl}/`);
    await phone.waitForSelector('[data-testid="kpi-card"] [data-testid="kpi-value"]');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The header is one slim row; the navigation waits in a drawer.
    expect((await phone.locator('header.app-header').boundingBox())!.height).toBeLessThanOrEqual(64);
    await screenshot(phone, 'dashboard-executive-phone');
    await phone.close();
  });

  it('reaches every dashboard from a phone through the menu drawer', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(phone, baseUrl, ACCOUNTS.executive);
    const menu = phone.locator('[data-testid="menu-button"]');
    const sales = phone.locator('[data-testid="dashboard-link"][data-slug="sales"]');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await screenshot(phone, 'navigation-drawer-phone');
    await sales.click();
    await phone.waitForURL(/\/dashboards\/sales/);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await phone.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await phone.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-button');
    await phone.close();
  });

  it.each([1280, 2560])('leaves no row of cards half empty at %i px', async (width) => {
    const wide = await browser.newPage({ viewport: { width, height: 1000 } });
    await signIn(wide, baseUrl, ACCOUNTS.executive);
    for (const slug of DASHBOARDS) {
      const keys = await dashboardKeys(slug);
      await wide.goto(`${baseUrl}/${slug === 'executive' ? '' : `dashboards/${slug}`}`);
      await wide.waitForFunction((n) => document.querySelectorAll('[data-testid="kpi-card"] [data-testid="kpi-value"]').length === n, keys.length);
      await wide.waitForSelector('[data-columns]');
      // Each row of cards ends at its section's right edge, and the rightmost section reaches the page's.
      const gaps = await wide.evaluate(() => {
        const found: string[] = [];
        const sections = [...document.querySelectorAll('[data-columns] > section')];
        for (const section of sections) {
          const grid = section.querySelector('ul')!.getBoundingClientRect();
          const rows = new Map<number, number>();
          for (const card of section.querySelectorAll('ul > li')) {
            const box = card.getBoundingClientRect();
            rows.set(Math.round(box.top), Math.max(rows.get(Math.round(box.top)) ?? 0, box.right));
          }
          for (const [top, right] of rows) if (grid.right - right > 2) found.push(`${section.getAttribute('aria-labelledby')} row at ${top}: ${Math.round(grid.right - right)} px empty`);
        }
        const page = document.querySelector('[data-columns]')!.getBoundingClientRect();
        const reach = Math.max(...sections.map((section) => section.getBoundingClientRect().right));
        if (page.right - reach > 2) found.push(`sections end ${Math.round(page.right - reach)} px before the page`);
        return found;
      });
      expect(gaps, slug).toEqual([]);
      await screenshot(wide, `dashboard-${slug}-${width}`);
    }
    await wide.close();
  });

  it.each([
    [1920, 1080],
    [3840, 2160],
  ])('shows every card of every dashboard on a %i×%i TV without scrolling', async (width, height) => {
    const tv = await browser.newPage({ viewport: { width, height } });
    await signIn(tv, baseUrl, ACCOUNTS.executive);
    for (const slug of DASHBOARDS) {
      const keys = await dashboardKeys(slug);
      await tv.goto(`${baseUrl}/${slug === 'executive' ? '' : `dashboards/${slug}`}?kiosk=1`);
      await tv.waitForFunction((n) => document.querySelectorAll('[data-testid="kpi-card"] [data-testid="kpi-value"]').length === n, keys.length);
      await tv.waitForSelector('[data-fitted]');
      const offScreen = await tv.evaluate(() =>
        [...document.querySelectorAll('[data-testid="kpi-card"]')]
          .filter((card) => {
            const box = card.getBoundingClientRect();
            const value = card.querySelector('[data-testid="kpi-value"]')!.getBoundingClientRect();
            // The card is on screen, and its value is inside the card (not clipped away).
            return box.bottom > window.innerHeight + 1 || box.right > window.innerWidth + 1 || value.bottom > box.bottom;
          })
          .map((card) => (card as HTMLElement).dataset.metricKey),
      );
      expect(offScreen, slug).toEqual([]);
      expect(await tv.evaluate(() => document.documentElement.scrollHeight), slug).toBeLessThanOrEqual(height);
      await screenshot(tv, `tv-${slug}-${width}`);
    }
    await tv.close();
  });

  it('starts TV mode on a chosen playlist, which it rotates through', async () => {
    const tv = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(tv, baseUrl, ACCOUNTS.executive);
    await tv.goto(`${baseUrl}/dashboards/product`);
    await tv.click('[data-testid="kiosk-setup"]');
    // Every other dashboard the executive has, those other test files built included.
    const slugs = await tv.locator('input[data-slug]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-slug')!));
    expect(slugs).toEqual(expect.arrayContaining(DASHBOARDS));
    for (const slug of slugs.filter((s) => s !== 'sales' && s !== 'marketing')) await tv.uncheck(`input[data-slug="${slug}"]`);
    await tv.selectOption('[data-testid="kiosk-every"]', '15');
    await tv.click('[data-testid="kiosk-start"]');
    // The current dashboard is not in the playlist: TV mode starts on the playlist's first.
    await tv.waitForURL(/\/dashboards\/sales\?/);
    const url = new URL(tv.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ kiosk: '1', playlist: 'sales,marketing', every: '15' });
    expect(await tv.locator('text=Next: Smarketing and RevOps').count()).toBe(1);

    // The shortest interval the URL allows, so the test sees two turns.
    url.searchParams.set('every', '5');
    await tv.goto(url.toString());
    await tv.waitForURL(/\/dashboards\/marketing\?/, { timeout: 15_000 });
    await tv.waitForURL(/\/dashboards\/sales\?/, { timeout: 15_000 });
    await tv.close();
  });

  it.each([1280, 1440])('shows every navigation item in full at %i px, in English and Spanish', async (width) => {
    for (const locale of ['en-US', 'es-ES']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
      const desk = await context.newPage();
      await signIn(desk, baseUrl, ACCOUNTS.executive);
      const links = desk.locator('nav [data-testid="dashboard-link"], nav [data-testid="alerts-link"]');
      await desk.waitForFunction(() => document.querySelectorAll('nav [data-testid="dashboard-link"]').length >= 6);
      for (const link of await links.all()) {
        // Cut text shows as a box narrower than its content, or one reaching past the navigation that clips it.
        const fits = await link.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= el.closest('nav')!.getBoundingClientRect().right);
        expect(fits, `${locale} "${await link.innerText()}"`).toBe(true);
        expect(await link.isVisible()).toBe(true);
      }
      await context.close();
    }
  });
});
