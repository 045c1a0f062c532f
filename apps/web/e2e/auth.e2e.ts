import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, connected, launchBrowser, screenshot, signIn } from './browser';
import { startServer } from './server.mjs';

const baseUrl = inject('baseUrl');
const EXPIRED = 'Your session has expired — sign in again';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh browser profile: no cookie, nothing cached. */
const freshPage = () => browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });

async function viewerWith(url: string, cookie: string): Promise<{ status: number; code: unknown }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `opshub_session=${cookie}` },
    body: JSON.stringify({ query: '{ viewer { name } }' }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? null };
}

async function sessionOf(page: Page, url: string): Promise<string> {
  const cookie = (await page.context().cookies(url)).find((c) => c.name === 'opshub_session');
  if (!cookie) throw new Error('no session cookie');
  return cookie.value;
}

async function cardValues(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-testid="kpi-card"] [data-testid="kpi-value"]');
  return page.$$eval('[data-testid="kpi-card"] [data-testid="kpi-value"]', (values) => values.map((v) => v.textContent?.trim() ?? ''));
}

describe('signing in and out', () => {
  it('sends a visitor to the sign-in page, signs in through the form and signs out', async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl}/dashboards/sales?range=LAST_7_DAYS`);
    await page.waitForSelector('[data-testid="sign-in-page"]');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/dashboards/sales?range=LAST_7_DAYS');
    await page.waitForSelector('[data-testid="demo-account"]');
    expect(await page.$$eval('[data-testid="demo-account"]', (els) => els.map((el) => el.getAttribute('data-email')))).toEqual([
      'admin@opshub.demo', 'ceo@opshub.demo', 'sales.head@opshub.demo', 'cs.head@opshub.demo', 'viewer@opshub.demo',
    ]);
    expect(await page.$('[data-testid="session-expired"]')).toBeNull();
    await screenshot(page, 'auth-sign-in');

    await page.fill('[data-testid="sign-in-email"]', ACCOUNTS.executive.email);
    await page.fill('[data-testid="sign-in-password"]', 'not-the-password');
    await page.click('[data-testid="sign-in-submit"]');
    expect(await (await page.waitForSelector('[data-testid="sign-in-error"]')).textContent()).toBe('Wrong e-mail or password. Check both and try again.');
    await screenshot(page, 'auth-sign-in-wrong-password');

    await page.fill('[data-testid="sign-in-password"]', ACCOUNTS.executive.password);
    await page.click('[data-testid="sign-in-submit"]');
    // Back on the page that was asked for, as the executive, with numbers and the live connection.
    await page.waitForURL(`${baseUrl}/dashboards/sales?range=LAST_7_DAYS`);
    expect(await page.textContent('[data-testid="user-name"]')).toBe('Elena Executive');
    expect(await page.textContent('[data-testid="user-role"]')).toBe('Executive');
    expect((await cardValues(page)).filter((v) => v !== '—').length).toBeGreaterThan(0);
    await connected(page);
    const cookie = await sessionOf(page, baseUrl);

    await page.click('[data-testid="sign-out"]');
    await page.waitForURL(`${baseUrl}/sign-in`);
    expect(await page.$('[data-testid="session-expired"]')).toBeNull();
    // The session is over on the server too, not only forgotten by this browser.
    expect(await viewerWith(baseUrl, cookie)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector('[data-testid="sign-in-page"]');
    await page.close();
  });
});

describe('a department head', () => {
  it('opens the executive and own dashboards, and is told there is no access to another department', async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.click(`[data-testid="demo-account"][data-email="${ACCOUNTS.salesHead.email}"]`);
    await page.waitForSelector('[data-testid="user-name"]:has-text("Sam Sales")');
    expect(await page.textContent('[data-testid="user-role"]')).toBe('Department head · Sales');

    await page.goto(`${baseUrl}/dashboards/operations`);
    const state = await page.waitForSelector('[data-testid="no-access-state"]');
    expect(await state.textContent()).toContain('You don’t have access to this dashboard');
    expect(await page.$('[data-testid="error-state"]')).toBeNull();
    expect(await page.$('[data-testid="kpi-card"]')).toBeNull();
    await screenshot(page, 'auth-no-access-dashboard');

    await page.goto(`${baseUrl}/metrics/ops.cost_per_customer`);
    expect(await (await page.waitForSelector('[data-testid="no-access-state"]')).textContent()).toContain('You don’t have access to this metric');
    await screenshot(page, 'auth-no-access-metric');

    for (const slug of ['sales', 'executive']) {
      await page.goto(`${baseUrl}/dashboards/${slug}`);
      await page.waitForSelector(`[data-testid="dashboard-page"][data-slug="${slug}"] [data-testid="kpi-card"] [data-testid="kpi-value"]`);
      const values = await cardValues(page);
      expect(values.filter((v) => /\d/.test(v)).length, slug).toBeGreaterThan(0);
      expect(await page.$('[data-testid="no-access-state"]')).toBeNull();
    }
    await page.close();
  });
});

describe('a session that ends while a dashboard is open', () => {
  it('is signed out from elsewhere: the open page goes to the sign-in page at once', async () => {
    const page = await freshPage();
    await signIn(page, baseUrl, ACCOUNTS.executive);
    await page.goto(`${baseUrl}/dashboards/sales`);
    await cardValues(page);
    await connected(page);

    // Another tab or device signs the same session out: the server closes this page's socket with 4403.
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `opshub_session=${await sessionOf(page, baseUrl)}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.ok).toBe(true);
    expect(await (await page.waitForSelector('[data-testid="session-expired"]')).textContent()).toBe(EXPIRED);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/dashboards/sales');
    await page.close();
  });

  describe('on a server whose sessions last 8 seconds', () => {
    let server: { baseUrl: string; stop(): Promise<void> };

    beforeAll(async () => {
      // Its own small database, on its own port: the shared server keeps its long sessions.
      server = await startServer({ SESSION_TTL_SECONDS: '8', SEED_DEMO_DAYS: '14', DATABASE_URL: '', EMBEDDED_PG_PORT: String(52000 + (process.pid % 4000)) });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('expires: the user lands on the sign-in page with the message, then returns to the dashboard', async () => {
      const page = await freshPage();
      await signIn(page, server.baseUrl, ACCOUNTS.executive);
      await page.goto(`${server.baseUrl}/dashboards/sales`);
      await cardValues(page);
      await connected(page);

      const expired = await page.waitForSelector('[data-testid="session-expired"]');
      expect(await expired.textContent()).toBe(EXPIRED);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect(new URL(page.url()).searchParams.get('next')).toBe('/dashboards/sales');
      await screenshot(page, 'auth-session-expired');

      // No reconnect loop: the refused socket is not retried while the sign-in page waits.
      const sockets: string[] = [];
      page.on('websocket', (socket) => sockets.push(socket.url()));
      await page.waitForTimeout(3_000);
      expect(sockets).toEqual([]);

      await page.fill('[data-testid="sign-in-email"]', ACCOUNTS.executive.email);
      await page.fill('[data-testid="sign-in-password"]', ACCOUNTS.executive.password);
      await page.click('[data-testid="sign-in-submit"]');
      await page.waitForURL(`${server.baseUrl}/dashboards/sales`);
      await cardValues(page);
      await page.close();
    });
  });
});
