import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot, signedInPage, signIn } from './browser';

const baseUrl = inject('baseUrl');
const EMAIL = `ana.ruiz.${Date.now()}@opshub.test`;
const PASSWORD = 'sales and product 2026';

let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await signedInPage(browser, baseUrl, ACCOUNTS.admin);
});
afterAll(async () => {
  await browser?.close();
});

describe('administration', () => {
  it('an admin invites a head of two departments, who sets a password with the link and sees both; the audit trail lists it', async () => {
    await admin.click('[data-testid="admin-link"]');
    await admin.waitForURL(/\/admin\/users$/);
    await admin.waitForSelector('[data-testid="users"] [data-testid="user-row"]');

    // The form refuses a head without a department beside the field, before asking the server.
    await admin.fill('[data-testid="user-email-input"]', EMAIL);
    await admin.fill('[data-testid="user-name-input"]', 'Ana Ruiz');
    await admin.selectOption('[data-testid="user-role-input"]', 'DEPARTMENT_HEAD');
    await admin.click('[data-testid="invite-user-submit"]');
    await admin.waitForSelector('[data-testid="invite-user-form"] [role="alert"]:has-text("Choose at least one department")');

    await admin.check('[data-testid="user-department-SALES"]');
    await admin.check('[data-testid="user-department-PRODUCT"]');
    await admin.click('[data-testid="invite-user-submit"]');
    const link = await admin.inputValue('[data-testid="password-link-value"]');
    expect(link).toMatch(new RegExp(`^${baseUrl}/set-password/[A-Za-z0-9_-]{43}$`));
    await admin.waitForSelector(`[data-testid="user-row"][data-email="${EMAIL}"]:has-text("Department head · Sales, Product")`);
    await screenshot(admin, 'admin-users-invited');

    // The invited person, in a browser of their own.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    const ana = await context.newPage();
    await ana.goto(link);
    await ana.waitForSelector('[data-testid="set-password-page"]');
    await ana.fill('[data-testid="new-password"]', PASSWORD);
    await ana.fill('[data-testid="confirm-password"]', PASSWORD);
    await ana.click('[data-testid="set-password-submit"]');
    await ana.waitForSelector('[data-testid="user-name"]:has-text("Ana Ruiz")');
    expect(await ana.textContent('[data-testid="user-role"]')).toBe('Department head · Sales, Product');
    await ana.waitForSelector('[data-testid="dashboard-link"][data-slug="product"]', { state: 'attached' });
    const slugs = await ana.$$eval('[data-testid="dashboard-link"]', (links) => links.map((a) => a.getAttribute('data-slug')));
    expect(slugs).toEqual(expect.arrayContaining(['sales', 'product']));
    expect(slugs).not.toContain('operations');
    for (const slug of ['sales', 'product']) {
      // On a phone the dashboards are in the menu's drawer.
      await ana.click('[data-testid="menu-button"]');
      await ana.click(`[data-testid="dashboard-link"][data-slug="${slug}"]`);
      await ana.waitForSelector(`[data-testid="dashboard-page"][data-slug="${slug}"] [data-testid="kpi-card"]`);
    }
    // Not an admin: no way to the administration, and the page refuses.
    expect(await ana.$('[data-testid="admin-link"]')).toBeNull();
    await ana.goto(`${baseUrl}/admin/users`);
    await ana.waitForSelector('[data-testid="no-access-state"]');

    // The link worked once; signing in with the chosen password works from now on.
    await ana.goto(link);
    await ana.fill('[data-testid="new-password"]', 'another password 2026');
    await ana.fill('[data-testid="confirm-password"]', 'another password 2026');
    await ana.click('[data-testid="set-password-submit"]');
    await ana.waitForSelector('[role="alert"]:has-text("This link no longer works")');
    await context.close();

    // The audit trail lists the creation and the password the person chose.
    await admin.click('a:has-text("Audit trail")');
    await admin.waitForURL(/\/admin\/audit$/);
    await admin.selectOption('[data-testid="audit-object-type"]', 'USER');
    await admin.click('[data-testid="audit-filters"] button[type="submit"]');
    const created = `[data-testid="audit-event"][data-action="CREATE"]:has-text("User “${EMAIL}” created")`;
    await admin.waitForSelector(created);
    expect(await admin.textContent(`${created} >> td:nth-child(2)`)).toBe('Ada Admin');
    await admin.waitForSelector(`[data-testid="audit-event"]:has-text("Password set by “${EMAIL}”")`);
    await screenshot(admin, 'admin-audit-trail');
  });

  it("shows who changed a metric's target on its History panel, in English and Spanish", async () => {
    const metric = 'sales.e2e_history';
    await gql(baseUrl, `mutation { createMetric(input: { key: "${metric}", name: "E2E win rate", department: SALES, unit: { kind: PERCENT },
      direction: HIGHER_IS_BETTER, aggregation: AVG }) { key } }`);
    const set = (value: number) => gql(baseUrl, `mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, {
      input: { metricKey: metric, kind: 'PLAN', value, effectiveFrom: '2026-01-01T00:00:00Z' },
    }, ACCOUNTS.salesHead);
    await set(0.25);
    await set(0.3);
    await admin.goto(`${baseUrl}/metrics/${metric}`);
    const entry = '[data-testid="metric-history"] [data-testid="history-entry"]';
    await admin.waitForSelector(`${entry}:has-text("Target 25% → 30% by Sam Sales")`);
    await admin.selectOption('[data-testid="language-select"]', 'es');
    await admin.waitForSelector(`${entry}:has-text("Objetivo 25\u00a0% → 30\u00a0%, por Sam Sales")`);
    await admin.selectOption('[data-testid="language-select"]', 'en');
  });

  const SCREENS = { phone: { width: 375, height: 812 }, wall: { width: 2560, height: 1440 } } as const;
  const PAGES = ['users', 'api-keys', 'sla', 'organization', 'audit'] as const;
  it.each(Object.entries(SCREENS).flatMap(([screen, viewport]) => (['en-US', 'es-ES'] as const).flatMap((locale) =>
    (['light', 'dark'] as const).map((theme) => ({ screen, viewport, locale, theme })))))(
    'fits a $screen in $locale, $theme, without horizontal scrolling (screenshots saved)',
    async ({ screen, viewport, locale, theme }) => {
      const context = await browser.newContext({ viewport, locale, colorScheme: theme });
      try {
        const page = await context.newPage();
        await signIn(page, baseUrl, ACCOUNTS.admin);
        for (const section of PAGES) {
          await page.goto(`${baseUrl}/admin/${section}`);
          await page.waitForSelector('[data-testid="admin-page"] form');
          await page.waitForSelector('[aria-busy="true"]', { state: 'detached' });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          await screenshot(page, `admin-${section}-${screen}-${locale}-${theme}`);
        }
      } finally {
        await context.close();
      }
    },
  );
});
