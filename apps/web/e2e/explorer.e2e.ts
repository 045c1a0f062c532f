import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot, signIn } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
let page: Page;
/** Every request the page tried outside the app's own origin (all refused): the explorer must need none. */
const foreign: string[] = [];
const pageErrors: string[] = [];

/** The text of a CodeMirror editor inside `selector` (GraphiQL 4's editors are CodeMirror 5). */
const editorText = (selector: string) =>
  page.$eval(selector, (root) => (root.querySelector('.CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());

async function typeQuery(query: string): Promise<void> {
  await page.$eval('.graphiql-query-editor', (root, text) => {
    (root.querySelector('.CodeMirror') as unknown as { CodeMirror: { setValue(value: string): void } }).CodeMirror.setValue(text);
  }, query);
  // GraphiQL takes an edit in after a debounce, then stores the operation's name: run it only then, or the
  // previous document's operation name goes out with the new text.
  const name = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
  await page.waitForFunction((operation) => localStorage.getItem('graphiql:operationName') === operation, name);
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const origin = new URL(baseUrl).origin;
  // Offline, as behind a strict firewall: nothing but the app's own origin answers.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // What the Content-Security-Policy blocks (a font, a script) is only said on the console.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) pageErrors.push(message.text().slice(0, 200));
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('the API explorer', () => {
  it('asks to sign in first, without showing the schema', async () => {
    await page.goto(`${baseUrl}/explorer`);
    await page.waitForSelector('[data-testid="explorer-notice"] a[href="/sign-in"]');
    expect(await page.$('.graphiql-container')).toBeNull();
  });

  it('opens from /graphql in a browser and runs a query as the signed-in user, offline', async () => {
    await signIn(page, baseUrl, ACCOUNTS.admin);
    await page.goto(`${baseUrl}/graphql`);
    await page.waitForURL(`${baseUrl}/explorer`);
    await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');

    await typeQuery('query Catalog { viewer { name role } metric(key: "finance.arr") { key name } }');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('Ada Admin'));
    const result = JSON.parse(await editorText('.graphiql-response'));
    expect(result).toEqual({ data: { viewer: { name: 'Ada Admin', role: 'ADMIN' }, metric: { key: 'finance.arr', name: expect.any(String) } } });
  });

  it('documents the API from the committed contract while introspection is off', async () => {
    // The e2e server runs in production: introspection is refused.
    await expect(gql(baseUrl, '{ __schema { queryType { name } } }')).rejects.toThrow(/introspection/i);

    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer');
    await page.click('.graphiql-doc-explorer a:has-text("Query")');
    await page.waitForSelector('.graphiql-doc-explorer-title:has-text("Query")');
    const docs = await page.textContent('.graphiql-doc-explorer');
    expect(docs).toContain('metric');
    expect(docs).toContain('Alert rules of the metrics whose details you may read.');
    await screenshot(page, 'explorer-docs');
  });

  it('runs subscriptions over the same-origin WebSocket', async () => {
    await typeQuery('subscription Arr { kpiUpdated(keys: ["finance.arr"]) { metric { key } value } }');
    await page.click('.graphiql-execute-button');
    const latest = await gql(baseUrl, `{ observations(key: "finance.arr", first: 1) { edges { node { value dimensions } } } }`);
    const { value, dimensions } = latest.observations.edges[0].node;
    // A write that lands before the server holds the subscription passes unseen: write again until the event shows.
    let bump = 0;
    await expect.poll(async () => {
      await gql(baseUrl, `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
        input: [{ metricKey: 'finance.arr', value: value + 1_000_000 * ++bump, at: new Date().toISOString(), dimensions }],
      });
      return page.textContent('.graphiql-response');
    }, { interval: 2_000, timeout: 60_000 }).toContain('kpiUpdated');
    const event = JSON.parse(await editorText('.graphiql-response'));
    expect(event.data.kpiUpdated.metric.key).toBe('finance.arr');
  });

  it('loaded nothing from another origin and raised no error', () => {
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
