import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startSmtpSink } from '../../server/src/testing/smtp-sink';
import { ACCOUNTS, auditedBy, gql, launchBrowser, screenshot, signedInPage, signIn } from './browser';
import { freePort, startServer } from './server.mjs';

const METRIC = 'sales.e2e_bookings';
const RECIPIENT = 'sales-oncall@opshub.test';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let server: Awaited<ReturnType<typeof startServer>>;
let baseUrl: string;
let browser: Browser;
let page: Page;

/** Noon UTC `n` days ago: inside that day in the organisation's zone (Europe/Madrid). */
const daysAgo = (n: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - n, 12)).toISOString();
};

beforeAll(async () => {
  // This file's own server, pointed at a real SMTP server the test runs, as an operator would configure one.
  smtp = await startSmtpSink();
  server = await startServer({
    SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'OpsHub <alerts@opshub.test>',
    EMBEDDED_PG_PORT: String(await freePort()), ALERT_TICK_MS: '100',
  });
  baseUrl = server.baseUrl;
  await gql(baseUrl, `mutation { createMetric(input: { key: "${METRIC}", name: "E2E bookings", department: SALES, unit: { kind: COUNT },
    direction: HIGHER_IS_BETTER, aggregation: SUM }) { key } }`);
  // Daily sums over 90 days, hand-picked: above 10 on days −8 and −3, quiet after each (so each clears).
  await gql(baseUrl, `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
    input: [[8, 30], [7, 2], [6, 1], [3, 40], [2, 1], [1, 1]].map(([n, value]) => ({ metricKey: METRIC, value, at: daysAgo(n) })),
  });
  browser = await launchBrowser();
  page = await signedInPage(browser, baseUrl, ACCOUNTS.salesHead);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('alert rules', () => {
  it('a department head routes a backtested rule to an e-mail channel; a write fires it and the e-mail arrives', async () => {
    // A channel for the head's own department, made on the Channels page.
    await page.goto(`${baseUrl}/`);
    await page.click('[data-testid="channels-link"]');
    await page.waitForURL(/\/channels/);
    await page.click('[data-testid="channel-new"]');
    await page.fill('[data-testid="channel-name"]', 'Sales on call');
    await page.fill('[data-testid="channel-recipients"]', RECIPIENT);
    await page.click('[data-testid="channel-save"]');
    await page.waitForSelector('[data-testid="channel"]:has-text("Sales on call")');

    await page.goto(`${baseUrl}/metrics/${METRIC}`);
    await page.click('[data-testid="rules-panel"] [data-testid="rule-new"]');
    await page.fill('[data-testid="rule-name"]', 'E2E bookings spike');
    await page.fill('[data-testid="rule-threshold"]', '10');
    await page.waitForSelector('[data-testid="rule-owner"] option:has-text("Sam Sales")', { state: 'attached' });
    await page.selectOption('[data-testid="rule-owner"]', { label: 'Sam Sales (sales.head@opshub.demo)' });
    await page.check('[data-testid="rule-channel"]');

    // The backtest: fired on days −8 and −3, cleared two quiet days after each.
    await page.click('[data-testid="rule-backtest-run"]');
    await page.waitForSelector('[data-testid="rule-backtest-count"]');
    expect(await page.getAttribute('[data-testid="rule-backtest-count"]', 'data-fired')).toBe('2');
    expect(await page.textContent('[data-testid="rule-backtest-count"]')).toContain('Would have fired 2 times');
    expect(await page.$$eval('[data-testid="rule-backtest-event"]', (items) => items.map((i) => i.getAttribute('data-transition'))))
      .toEqual(['FIRED', 'CLEARED', 'FIRED', 'CLEARED']);
    // The markers are drawn on the metric's chart.
    await page.waitForSelector('[data-testid="rule-backtest-chart"] svg');
    await page.waitForSelector('[data-testid="rule-backtest-chart"] svg .apexcharts-xaxis-annotations text:has-text("Fired")');
    await page.waitForSelector('[data-testid="rule-backtest-chart"] svg .apexcharts-xaxis-annotations text:has-text("Cleared")');
    await screenshot(page, 'rules-backtest');

    await page.click('[data-testid="rule-save"]');
    await page.waitForSelector('[data-testid="rule"]:has-text("E2E bookings spike")');
    const { alertRules } = await gql<{ alertRules: Array<{ owner: string; channelIds: string[] }> }>(baseUrl, `{ alertRules(metricKey: "${METRIC}") { owner channelIds } }`);
    expect(alertRules).toEqual([{ owner: 'Sam Sales', channelIds: [expect.any(String)] }]);

    // A write fires it; the routed channel e-mails it.
    await gql(baseUrl, `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
      input: [{ metricKey: METRIC, value: 50, at: new Date(Date.now() - 60_000).toISOString() }],
    });
    await expect.poll(() => smtp.messages.find((m) => m.to.includes(RECIPIENT) && m.subject.includes('Alert raised: E2E bookings spike')), { timeout: 30_000 }).toBeDefined();
    const mail = smtp.messages.find((m) => m.subject.includes('Alert raised: E2E bookings spike'))!;
    expect(mail.body).toContain('E2E bookings is 50 this day, above the threshold of 10.');

    // Acknowledged in the app: the alert records the signed-in head, and the channel hears who.
    await page.goto(`${baseUrl}/alerts`);
    const item = '[data-testid="alert"]:has-text("E2E bookings spike")';
    await page.waitForSelector(item);
    await page.click(`${item} >> [data-testid="alert-acknowledge"]`);
    await page.waitForSelector(`${item}[data-state="ACKNOWLEDGED"]`);
    expect(await page.textContent(`${item} >> [data-testid="alert-acknowledged"]`)).toContain('Acknowledged by Sam Sales');
    const { alerts } = await gql<{ alerts: Array<{ acknowledgedBy: string }> }>(baseUrl, `{ alerts(metricKey: "${METRIC}") { acknowledgedBy } }`);
    expect(alerts).toEqual([{ acknowledgedBy: 'Sam Sales' }]);
    await expect.poll(() => smtp.messages.some((m) => m.subject.includes('Alert acknowledged: E2E bookings spike') && m.body.includes('By: Sam Sales')), { timeout: 30_000 }).toBe(true);
  });

  it('in Spanish: the head\'s channel writes in Spanish, the e-mail of a rule routed to it arrives in Spanish, and the audit trail lists both', async () => {
    const es = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'es-ES' });
    await signIn(es, baseUrl, ACCOUNTS.salesHead);
    await es.goto(`${baseUrl}/channels`);
    await es.click('[data-testid="channel-new"]');
    await es.fill('[data-testid="channel-name"]', 'Ventas guardia');
    await es.fill('[data-testid="channel-recipients"]', 'ventas-guardia@opshub.test');
    // A new channel writes in the language of whoever sets it up.
    expect(await es.inputValue('[data-testid="channel-locale"]')).toBe('es');
    await es.click('[data-testid="channel-save"]');
    await es.waitForSelector('[data-testid="channel"]:has-text("Ventas guardia")');

    await es.goto(`${baseUrl}/metrics/${METRIC}`);
    await es.click('[data-testid="rules-panel"] [data-testid="rule-new"]');
    await es.fill('[data-testid="rule-name"]', 'Pico de reservas');
    await es.fill('[data-testid="rule-threshold"]', '100');
    await es.check('label:has-text("Ventas guardia") [data-testid="rule-channel"]');
    await es.click('[data-testid="rule-backtest-run"]');
    await es.waitForSelector('[data-testid="rule-backtest-count"][data-fired="0"]:has-text("No se habría disparado nunca")');
    await es.click('[data-testid="rule-save"]');
    await es.waitForSelector('[data-testid="rule"]:has-text("Pico de reservas")');

    await gql(baseUrl, `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
      input: [{ metricKey: METRIC, value: 500, at: new Date(Date.now() - 60_000).toISOString() }],
    });
    await expect.poll(() => smtp.messages.find((m) => m.to.includes('ventas-guardia@opshub.test')), { timeout: 30_000 }).toBeDefined();
    const mail = smtp.messages.find((m) => m.to.includes('ventas-guardia@opshub.test'))!;
    expect(mail.subject).toBe('[OpsHub] Alerta activada: Pico de reservas');
    expect(mail.body).toMatch(/E2E bookings es [\d.]+ este día, por encima del umbral de 100\./);
    // The Alerts page in Spanish explains it in Spanish too.
    await es.goto(`${baseUrl}/alerts`);
    const item = '[data-testid="alert"]:has-text("Pico de reservas")';
    await es.waitForSelector(`${item} [data-testid="alert-explanation"]:has-text("por encima del umbral de 100")`);
    await screenshot(es, 'rules-alert-es');
    await es.close();

    const admin = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'es-ES' });
    await signIn(admin, baseUrl, ACCOUNTS.admin);
    expect(await auditedBy(admin, baseUrl, 'NOTIFICATION_CHANNEL', ['Canal de notificación «Ventas guardia»: creación'])).toBe('Sam Sales');
    expect(await auditedBy(admin, baseUrl, 'ALERT_RULE', ['Regla de alerta «Pico de reservas»: creación'])).toBe('Sam Sales');
    expect(await auditedBy(admin, baseUrl, 'ALERT_RULE', ['Regla de alerta «E2E bookings spike»: creación'])).toBe('Sam Sales');
    await screenshot(admin, 'audit-trail-es');
    await admin.close();
  });
});
