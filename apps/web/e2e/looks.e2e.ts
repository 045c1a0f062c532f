import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot } from './browser';
import { sessionCookie } from './server.mjs';

const baseUrl = inject('baseUrl');

/** The two ends of the layout: a phone and a wall screen. */
const SCREENS = { phone: { width: 390, height: 844 }, wall: { width: 2560, height: 1440 } } as const;
const LOCALES = { en: 'en-US', es: 'es-ES' } as const;
const THEMES = ['light', 'dark'] as const;

let browser: Browser;
let leadId: string;
/** One session for every signed-in picture: signing in through the page each time loaded the dashboard 64 more times. */
let executiveSession: string;

beforeAll(async () => {
  browser = await launchBrowser();
  executiveSession = await sessionCookie(baseUrl, ACCOUNTS.executive);
  const { leads } = await gql<{ leads: { edges: Array<{ node: { id: string } }> } }>(baseUrl, `{ leads(first: 1) { edges { node { id } } } }`);
  leadId = leads.edges[0].node.id;
});
afterAll(async () => {
  await browser?.close();
});

interface Shot {
  name: string;
  path: () => string;
  signedIn: boolean;
  ready: (page: Page) => Promise<unknown>;
  /** A dashboard of KPI cards: their names wrap between words, and on a wall screen the page uses its width. */
  cards?: true;
}

/** KPI card names that a line break cuts inside a word (a line starts between two letters). */
function namesBrokenMidWord(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="kpi-card"] h3')].flatMap((name) => {
      const text = name.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const chars = text.textContent ?? '';
      const range = document.createRange();
      const tops = [...chars].map((_, i) => {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().top;
      });
      const cut = tops.some((top, i) => i > 0 && top > tops[i - 1] + 1 && /\S/.test(chars[i - 1]) && chars[i - 1] !== '-' && /\S/.test(chars[i]));
      return cut ? [chars] : [];
    }),
  );
}

const SHOTS: Shot[] = [
  { name: 'sign-in', path: () => '/sign-in', signedIn: false, ready: (page) => page.waitForSelector('[data-testid="demo-account"]') },
  {
    name: 'dashboard',
    path: () => '/',
    signedIn: true,
    ready: (page) => page.waitForSelector('[data-testid="kpi-card"] [data-testid="kpi-value"]'),
    cards: true,
  },
  {
    name: 'metric',
    path: () => '/metrics/sales.win_rate',
    signedIn: true,
    ready: async (page) => {
      await page.waitForSelector('[data-testid="timeseries-chart"] svg');
      await page.waitForSelector('[data-testid="breakdown-segment"]');
      await page.waitForSelector('[data-testid="observation-row"]');
    },
  },
  {
    name: 'revops',
    path: () => '/dashboards/marketing',
    signedIn: true,
    ready: (page) => Promise.all([page.waitForSelector('[data-testid="kpi-card"] [data-testid="kpi-value"]'), page.waitForSelector('[data-testid="funnel-panel"] svg')]),
    cards: true,
  },
  { name: 'kiosk', path: () => '/?kiosk=1', signedIn: true, ready: (page) => page.waitForSelector('[data-testid="kpi-card"] [data-testid="kpi-value"]'), cards: true },
  { name: 'catalog', path: () => '/catalog', signedIn: true, ready: (page) => page.waitForSelector('[data-testid="catalog-row"]') },
  { name: 'lead', path: () => `/leads/${leadId}`, signedIn: true, ready: (page) => page.waitForSelector('[data-testid="journey-event"]') },
  {
    name: 'alerts',
    path: () => '/alerts',
    signedIn: true,
    ready: (page) => page.waitForSelector('[data-testid="alert-feed"] [data-testid="alert"], [data-testid="alert-feed"] [data-testid="empty-state"]'),
  },
  {
    name: 'goals',
    path: () => '/goals',
    signedIn: true,
    ready: async (page) => {
      await page.waitForSelector('[data-testid="goal"] [data-chart-frame] svg');
      // The editor too, with its milestones and preview: the widest form on the page.
      await page.click('[data-testid="goal"] [data-testid="goal-edit"]');
      await page.waitForSelector('[data-testid="goal-editor"] [data-testid="goal-preview"] svg');
    },
  },
];

describe.each(Object.entries(SCREENS))('on a %s', (screen, viewport) => {
  it.each(SHOTS.flatMap((shot) => Object.entries(LOCALES).flatMap(([language, locale]) => THEMES.map((theme) => ({ shot, language, locale, theme })))))(
    '$shot.name in $language, $theme: fits the screen without horizontal scrolling (screenshot saved)',
    async ({ shot, language, locale, theme }) => {
      const context = await browser.newContext({ viewport, locale, colorScheme: theme });
      try {
        if (shot.signedIn) await context.addCookies([{ name: 'opshub_session', value: executiveSession, url: baseUrl, httpOnly: true, sameSite: 'Strict' }]);
        const page = await context.newPage();
        await page.goto(`${baseUrl}${shot.path()}`);
        await shot.ready(page);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        if (shot.cards) {
          expect(await namesBrokenMidWord(page)).toEqual([]);
          // The dashboard takes the width beside the navigation (a wall screen is not a narrow column).
          const [pageWidth, mainWidth] = await page.evaluate(() => [
            document.querySelector('[data-testid="dashboard-page"]')!.getBoundingClientRect().width,
            document.querySelector('main')!.clientWidth,
          ]);
          expect(pageWidth).toBeGreaterThan(mainWidth * 0.9);
        }
        await screenshot(page, `looks-${shot.name}-${screen}-${language}-${theme}`);
      } finally {
        await context.close();
      }
    },
  );
});
