import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, connected, gql, launchBrowser, screenshot, signedInPage } from './browser';

const baseUrl = inject('baseUrl');
const METRIC = 'ops.e2e_incidents';

let browser: Browser;
let page: Page;
/** A webhook receiver, as an integrator would run one: it records what it is sent and answers 200. */
let receiver: Server;
const received: Array<{ event: string | undefined; signature: string | undefined }> = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    request.resume().on('end', () => {
      received.push({ event: request.headers['x-opshub-event'] as string | undefined, signature: request.headers['x-opshub-signature'] as string | undefined });
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  await gql(baseUrl, `mutation ($url: String!) { createWebhookEndpoint(input: { name: "E2E receiver", url: $url, eventTypes: [ALERT_RAISED] }) { secret } }`, {
    url: `http://127.0.0.1:${port}/hook`,
  });
  browser = await launchBrowser();
  // The webhook delivery log is for admins.
  page = await signedInPage(browser, baseUrl, ACCOUNTS.admin);
  await gql(baseUrl, `mutation { createMetric(input: { key: "${METRIC}", name: "E2E incidents", department: OPERATIONS, unit: { kind: COUNT },
    direction: LOWER_IS_BETTER, aggregation: SUM }) { key } }`);
  await gql(baseUrl, `mutation { createAlertRule(input: { name: "Too many incidents", metricKey: "${METRIC}", kind: THRESHOLD,
    params: { threshold: 10 }, granularity: HOUR }) { id } }`);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();

describe('alerts', () => {
  it('appear live in the feed when data fires a rule, with their explanation, and can be acknowledged', async () => {
    await page.goto(`${baseUrl}/`);
    await page.click('[data-testid="alerts-link"]');
    await page.waitForURL(/\/alerts/);
    await page.waitForSelector('[data-testid="alert-feed"] [data-testid="alert"], [data-testid="alert-feed"] [data-testid="empty-state"]');
    await connected(page);
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    await gql(baseUrl, `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
      input: [{ metricKey: METRIC, value: 4, at: hoursAgo(2) }, { metricKey: METRIC, value: 25, at: hoursAgo(0.1) }],
    });
    const item = `[data-testid="alert"]:has-text("Too many incidents")`;
    await page.waitForSelector(item);
    expect(await page.getAttribute(item, 'data-state')).toBe('OPEN');
    expect(await page.textContent(`${item} >> [data-testid="alert-explanation"]`)).toContain('E2E incidents is 25 this hour, above the threshold of 10.');
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    // The raised alert went out to the receiver, and the page's delivery log says so.
    await page.waitForSelector('[data-testid="webhook-delivery"][data-state="DELIVERED"]:has-text("E2E receiver")', { timeout: 30_000 });
    expect(received.length).toBeGreaterThan(0);
    expect(received[0].event).toBe('ALERT_RAISED');
    expect(received[0].signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    await screenshot(page, 'alerts-feed-live');

    await page.click(`${item} >> [data-testid="alert-acknowledge"]`);
    await page.waitForSelector(`${item}[data-state="ACKNOWLEDGED"]`);
    expect(await page.textContent(`${item} >> [data-testid="alert-acknowledged"]`)).toContain('Acknowledged by Ada Admin');
    const { alerts } = await gql<{ alerts: Array<{ state: string; acknowledgedBy: string }> }>(baseUrl, `{ alerts(metricKey: "${METRIC}") { state acknowledgedBy } }`);
    // Whoever is signed in, never a name typed by the client.
    expect(alerts).toEqual([{ state: 'ACKNOWLEDGED', acknowledgedBy: 'Ada Admin' }]);
  });

  it('draws an annotation on the drill-down chart that covers it', async () => {
    await gql(baseUrl, `mutation ($at: DateTime!) { createAnnotation(input: { title: "Routing change", at: $at, metricKeys: ["${METRIC}"] }) { id } }`, { at: hoursAgo(1) });
    await page.goto(`${baseUrl}/metrics/${METRIC}?range=LAST_7_DAYS`);
    await page.waitForSelector('[data-testid="timeseries-chart"] svg');
    await page.waitForSelector('[data-testid="chart-annotation"]:has-text("Routing change")');
    // ApexCharts draws the annotation's label inside the chart itself.
    await page.waitForSelector('[data-testid="timeseries-chart"] svg .apexcharts-xaxis-annotations text:has-text("Routing change")');
    await screenshot(page, 'alerts-annotation-on-chart');
  });
});
