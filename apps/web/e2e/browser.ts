import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { sessionCookie } from './server.mjs';

export const ARTIFACTS = path.resolve(__dirname, '../test-results');

/** Debian's chromium package; no browser is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  // Sparklines load lazily, after the values: give them a moment so the artefact shows what a user sees.
  // It is a picture, not a check; a page without sparklines has nothing to wait for.
  await page
    .waitForFunction(() => {
      const slots = document.querySelectorAll('[data-testid="sparkline"]').length;
      const charts = [...document.querySelectorAll('[data-testid="sparkline-chart"]')];
      return slots === 0 || (charts.length > 0 && charts.every((chart) => chart.querySelector('svg')));
    }, null, { timeout: 5_000 })
    .catch(() => undefined);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface Account {
  email: string;
  password: string;
  name: string;
}

/** The demo users the server seeds in demo mode (src/modules/auth/demo-users.ts). */
export const ACCOUNTS = {
  admin: { email: 'admin@opshub.demo', password: 'demo-admin-2026', name: 'Ada Admin' },
  executive: { email: 'ceo@opshub.demo', password: 'demo-executive-2026', name: 'Elena Executive' },
  salesHead: { email: 'sales.head@opshub.demo', password: 'demo-sales-2026', name: 'Sam Sales' },
  csHead: { email: 'cs.head@opshub.demo', password: 'demo-success-2026', name: 'Carla Success' },
} satisfies Record<string, Account>;

/** Signs in through the sign-in page, as a user would, and waits for the app behind it. */
export async function signIn(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill('[data-testid="sign-in-email"]', account.email);
  await page.fill('[data-testid="sign-in-password"]', account.password);
  await page.click('[data-testid="sign-in-submit"]');
  await page.waitForSelector(`[data-testid="user-name"]:has-text("${account.name}")`);
}

/** The live-updates socket is up (the header's connection status says so). */
export async function connected(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="connection-status"]')?.getAttribute('data-state') === 'connected');
}

/** The desktop most tests read the app on. */
export const DESKTOP = { width: 1440, height: 900 } as const;

/**
 * The opening most tests share: a new page (1440 × 900, en-US unless `options` say otherwise), signed in as `account`
 * through the sign-in page, with its live connection up.
 */
export async function signedInPage(browser: Browser, baseUrl: string, account: Account, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: DESKTOP, locale: 'en-US', ...options });
  await signIn(page, baseUrl, account);
  await connected(page);
  return page;
}

const sessions = new Map<string, Promise<string>>();

/** A GraphQL request as `account` (the admin unless said otherwise), signed in once per server and account. */
export async function gql<T = any>(baseUrl: string, query: string, variables?: Record<string, unknown>, account: Account = ACCOUNTS.admin): Promise<T> {
  const key = `${baseUrl} ${account.email}`;
  if (!sessions.has(key)) sessions.set(key, sessionCookie(baseUrl, account));
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `opshub_session=${await sessions.get(key)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/**
 * On an ADMIN's page: the audit trail filtered to one kind of object, waiting for the change whose sentence
 * holds every one of `texts`. Says who made it.
 */
export async function auditedBy(page: Page, baseUrl: string, objectType: string, texts: readonly string[]): Promise<string | null> {
  await page.goto(`${baseUrl}/admin/audit`);
  await page.selectOption('[data-testid="audit-object-type"]', objectType);
  await page.click('[data-testid="audit-filters"] button[type="submit"]');
  const row = `[data-testid="audit-event"][data-object-type="${objectType}"]${texts.map((text) => `:has-text("${text}")`).join('')}`;
  await page.waitForSelector(row);
  return page.textContent(`${row} >> td:nth-child(2)`);
}
