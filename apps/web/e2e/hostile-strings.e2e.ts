import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, signIn, type Account } from './browser';

/**
 * Stored XSS, end to end: hostile strings go into every user-writable text field the app shows, written through
 * the API by a department head, an INGEST-only key and (for admin-only fields) an admin; then an ADMIN opens every
 * page and chart view. No script may run (inline handlers, <script>, javascript: URLs), no markup may be created
 * from the text (nothing for the Content-Security-Policy to block either), and the text shows as typed.
 */
const baseUrl = inject('baseUrl');
// Many pages and views per test: a generous bound for a busy machine (every wait is for an event, not a time).
const MANY_PAGES = 600_000;

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload=window.__xss=3>',
  'javascript:window.__xss=4//',
  "&amp; <b>bold</b> 'q'",
];
let next = 0;
/** A hostile string naming its field, so each shows up where that field is shown. */
const hostile = (field: string) => `${PAYLOADS[next++ % PAYLOADS.length]} ${field}`;

const H = {
  userName: hostile('user'),
  metricName: hostile('metric'),
  metricDescription: hostile('description'),
  webhookName: hostile('webhook'),
  apiKeyName: hostile('key'),
  spendChannel: hostile('spend-channel'),
  spendCampaign: hostile('spend-campaign'),
  spendRegion: hostile('spend-region'),
  metricTeam: hostile('team'),
  metricTeam2: hostile('second-team'),
  leadName: hostile('lead'),
  leadCompany: hostile('company'),
  leadChannel: hostile('channel'),
  leadCampaign: hostile('campaign'),
  leadRegion: hostile('region'),
  leadSegment: hostile('segment'),
  leadEmail: 'x@example.com',
  annotationTitle: hostile('annotation'),
  annotationDescription: hostile('annotation-text'),
  goalName: hostile('goal'),
  ruleName: hostile('rule'),
};

// Unique per run: the suite may run again on the same database (E2E_DATABASE_URL).
const RUN = Date.now().toString(36);
const METRIC = `marketing.e2e_hostile_${RUN}`;
const head: Account = { email: `hostile.head.${RUN}@opshub.test`, password: 'hostile-head-password-2026', name: H.userName };
let ingestKey: string;
let leadId: string;
let receiver: Server;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

async function asKey<T = any>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ingestKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();
const RECORD = `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`;

beforeAll(async () => {
  receiver = createServer((request, response) => request.resume().on('end', () => response.end('ok')));
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;

  // Admin-only fields: a user (who then writes the department's data), a metric, a webhook, an INGEST key.
  await gql(baseUrl, `mutation ($input: UserInput!) { createUser(input: $input) { id } }`, {
    input: { email: head.email, name: head.name, password: head.password, role: 'DEPARTMENT_HEAD', departments: ['MARKETING'] },
  });
  await gql(baseUrl, `mutation ($input: MetricInput!) { createMetric(input: $input) { key } }`, {
    input: { key: METRIC, name: H.metricName, description: H.metricDescription, department: 'MARKETING', unit: { kind: 'COUNT' }, direction: 'LOWER_IS_BETTER', aggregation: 'SUM' },
  });
  await gql(baseUrl, `mutation ($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`, {
    input: { name: H.webhookName, url: `http://127.0.0.1:${port}/hook`, eventTypes: ['ALERT_RAISED'] },
  });
  ingestKey = (await gql(baseUrl, `mutation ($input: ApiKeyInput!) { createApiKey(input: $input) { key } }`, {
    input: { name: H.apiKeyName, scopes: ['INGEST'], department: 'MARKETING' },
  })).createApiKey.key;

  // The INGEST-only key: dimension values of a seeded metric and of the new one.
  await asKey(RECORD, {
    input: [1, 2, 3].flatMap((days) => [
      // Large enough to rank among the breakdown's top groups.
      { metricKey: 'marketing.spend', value: 50_000_000 * days, at: hoursAgo(24 * days), dimensions: { channel: H.spendChannel, campaign: H.spendCampaign, region: H.spendRegion } },
      { metricKey: METRIC, value: days, at: hoursAgo(24 * days), dimensions: { team: H.metricTeam } },
      { metricKey: METRIC, value: days, at: hoursAgo(24 * days), dimensions: { team: H.metricTeam2 } },
    ]),
  });

  // The department head: a lead, an annotation, a goal and an alert rule that fires.
  leadId = (await gql(baseUrl, `mutation ($input: LeadInput!) { createLead(input: $input) { id } }`, {
    input: { name: H.leadName, company: H.leadCompany, email: H.leadEmail, channel: H.leadChannel, campaign: H.leadCampaign, region: H.leadRegion, segment: H.leadSegment },
  }, head)).createLead.id;
  await gql(baseUrl, `mutation ($input: AnnotationInput!) { createAnnotation(input: $input) { id } }`, {
    input: { title: H.annotationTitle, description: H.annotationDescription, at: hoursAgo(48), metricKeys: ['marketing.mql', 'marketing.leads', 'marketing.spend', METRIC] },
  }, head);
  const year = new Date().getUTCFullYear();
  await gql(baseUrl, `mutation ($input: GoalInput!) { setGoal(input: $input) { id } }`, {
    input: { name: H.goalName, metricKey: 'marketing.mql', shape: 'LINEAR', startAt: `${year}-01-01T00:00:00Z`, endAt: `${year + 1}-01-01T00:00:00Z`, startValue: 0, endValue: 100_000 },
  }, head);
  await gql(baseUrl, `mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
    input: { name: H.ruleName, metricKey: METRIC, kind: 'THRESHOLD', params: { threshold: 10 }, granularity: 'HOUR' },
  }, head);
  await asKey(RECORD, { input: [{ metricKey: METRIC, value: 25, at: hoursAgo(0.1), dimensions: { team: H.metricTeam } }] });

  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  // Anything the policy blocks is markup made from text: recorded, and it fails the page.
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 200_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** Nothing ran, nothing was made of the text, nothing was blocked. */
async function expectNoScript(where: string): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __violations: string[] };
    const injected = [...document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:" i]')].map((el) => el.outerHTML);
    const scripts = [...document.scripts].filter((script) => script.textContent?.includes('__xss')).map((script) => script.outerHTML);
    return { xss: w.__xss ?? null, violations: w.__violations, injected, scripts };
  });
  expect({ where, ...state, dialogs }).toEqual({ where, xss: null, violations: [], injected: [], scripts: [], dialogs: [] });
}

/** Each text is on the page as text (in HTML or SVG text). */
async function expectText(texts: string[]): Promise<void> {
  await page.waitForFunction((wanted) => wanted.every((text) => document.body.textContent?.includes(text)), texts, { timeout: 60_000 })
    .catch(() => undefined);
  const missing = await page.evaluate((wanted) => wanted.filter((text) => !document.body.textContent?.includes(text)), texts);
  expect(missing).toEqual([]);
}

/** Hovers the bars and points of every chart on the page: ApexCharts writes tooltips as HTML on hover. */
async function hoverCharts(): Promise<void> {
  const charts = await page.$$('.apexcharts-canvas');
  for (const chart of charts) {
    const box = await chart.boundingBox();
    if (!box) continue;
    for (const fraction of [0.15, 0.35, 0.55, 0.75, 0.95]) {
      for (const row of [0.3, 0.6, 0.85]) await page.mouse.move(box.x + box.width * fraction, box.y + box.height * row);
    }
  }
}

async function chartsDrawn(): Promise<void> {
  await page.waitForFunction(() => {
    const frames = [...document.querySelectorAll('[data-chart-frame]')];
    return frames.length > 0 && frames.every((frame) => frame.querySelector('.apexcharts-canvas svg'));
  }, null, { timeout: 60_000 });
}

async function metricDimensions(key: string): Promise<string[]> {
  const { metric } = await gql<{ metric: { dimensions: string[] } }>(baseUrl, `query ($key: ID!) { metric(key: $key) { dimensions } }`, { key });
  return metric.dimensions;
}

describe('hostile strings in every user-writable field', () => {
  it('the sign-in page runs nothing', async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.waitForSelector('[data-testid="sign-in-email"]');
    await expectNoScript('sign-in');
  });

  it('an ADMIN opens every dashboard: cards, goals, funnel and channel conversion charts (hovered)', async () => {
    await signIn(page, baseUrl, ACCOUNTS.admin);
    const { dashboards } = await gql<{ dashboards: Array<{ slug: string; widgets: Array<{ type: string }> }> }>(baseUrl, `{ dashboards { slug widgets { type } } }`);
    expect(dashboards.length).toBeGreaterThan(0);
    // Other browser tests may have built dashboards without KPI cards (a funnel, a note): those wait for their widgets.
    for (const { slug, widgets } of dashboards) {
      await page.goto(`${baseUrl}/${slug === 'executive' ? '' : `dashboards/${slug}`}`);
      const hasCards = widgets.some((widget) => widget.type === 'KPI' || widget.type === 'KPI_GROUP');
      await page.waitForSelector(hasCards ? '[data-testid="kpi-card"] [data-testid="kpi-value"]' : '[data-testid="widget"]');
      if (slug === 'marketing') {
        await page.waitForSelector('[data-testid="channel-conversion"] .apexcharts-canvas svg', { timeout: 60_000 });
        await expectText([H.goalName, H.leadChannel]);
      }
      await hoverCharts();
      await expectNoScript(`dashboard ${slug}`);
    }
  }, MANY_PAGES);

  // [metric, the hostile dimension values it can be broken down by, [dimension, value] to filter its records by, other texts it shows]
  const drillDowns: Array<[string, () => string[], () => [string, string] | null, () => string[]]> = [
    ['marketing.spend', () => [H.spendChannel, H.spendCampaign, H.spendRegion], () => ['channel', H.spendChannel], () => [H.annotationTitle]],
    ['marketing.leads', () => [H.leadChannel, H.leadCampaign, H.leadRegion, H.leadSegment], () => ['channel', H.leadChannel], () => [H.annotationTitle]],
    [METRIC, () => [H.metricTeam, H.metricTeam2], () => ['team', H.metricTeam], () => [H.metricName, H.metricDescription, H.annotationTitle]],
    // The goal's name is checked on the marketing dashboard's card; here its annotation.
    ['marketing.mql', () => [], () => null, () => [H.annotationTitle]],
  ];

  it.each(drillDowns)('%s: every breakdown, as totals and stacked (legends read, charts hovered), and its records', async (key, values, filter, texts) => {
    const dimensions = await metricDimensions(key);
    expect(dimensions.length).toBeGreaterThan(0);
    const inLegends = new Set<string>();
    for (const view of ['bars', 'stacked']) {
      for (const dimension of dimensions) {
        await page.goto(`${baseUrl}/metrics/${key}?range=LAST_30_DAYS&groupBy=${dimension}&view=${view}`);
        await page.waitForSelector('[data-testid="kpi-summary"] [data-testid="kpi-value"]');
        await chartsDrawn();
        await page.waitForFunction((d) => document.querySelector('[data-testid="breakdown-chart"]')?.getAttribute('data-group-by') === d, dimension, { timeout: 60_000 });
        if (view === 'stacked') {
          // The stacked chart's legend: where the stored script used to run.
          await page.waitForSelector('[data-testid="breakdown-chart"] .apexcharts-legend-text', { timeout: 60_000 });
          const legend = await page.$$eval('[data-testid="breakdown-chart"] .apexcharts-legend-text', (items) => items.map((item) => item.textContent ?? ''));
          // A legend item of a hostile value (it ends with its field's name) shows exactly the stored text.
          for (const value of values()) {
            const field = value.slice(value.lastIndexOf(' '));
            for (const text of legend.filter((item) => item.endsWith(field))) expect(text).toBe(value);
            if (legend.includes(value)) inLegends.add(value);
          }
        }
        await hoverCharts();
        await expectNoScript(`${key} by ${dimension} (${view})`);
      }
    }
    // Hostile values made it into the legends, shown exactly as stored.
    if (values().length > 0) expect(inLegends.size).toBeGreaterThan(0);
    await expectText(texts());
    const by = filter();
    if (by) {
      // Its records, filtered to a hostile value (also shown in the filter chip).
      await page.goto(`${baseUrl}/metrics/${key}?range=LAST_30_DAYS&f=${encodeURIComponent(`${by[0]}:${by[1]}`)}`);
      await page.waitForSelector('[data-testid="filter-chip"]');
      await page.waitForSelector(key === 'marketing.leads' ? '[data-testid="leads-panel"] [data-testid="lead-row"]' : '[data-testid="observation-row"]', { timeout: 60_000 });
      await expectText(key === 'marketing.leads' ? [H.leadName, H.leadCompany, H.leadChannel, H.leadCampaign] : [by[1]]);
      await hoverCharts();
      await expectNoScript(`${key} records`);
    }
  }, MANY_PAGES);

  it("the lead's page shows every lead field as text", async () => {
    await page.goto(`${baseUrl}/leads/${leadId}`);
    await page.waitForSelector('[data-testid="lead-journey"] [data-testid="journey-event"]');
    await expectText([H.leadName, H.leadCompany, H.leadChannel]);
    await expectNoScript('lead');
  });

  it('the alerts page shows the rule, the metric (in the explanation) and the webhook delivery as text', async () => {
    await page.goto(`${baseUrl}/alerts`);
    await expectText([H.ruleName, H.metricName, H.webhookName]);
    await hoverCharts();
    await expectNoScript('alerts');
  });

  it("the hostile user's own menu shows their name as text", async () => {
    await page.click('[data-testid="sign-out"]');
    await page.waitForURL(/\/sign-in/);
    await page.fill('[data-testid="sign-in-email"]', head.email);
    await page.fill('[data-testid="sign-in-password"]', head.password);
    await page.click('[data-testid="sign-in-submit"]');
    await page.waitForFunction((name) => document.querySelector('[data-testid="user-name"]')?.textContent === name, head.name);
    await expectNoScript('user menu');
  });
});
