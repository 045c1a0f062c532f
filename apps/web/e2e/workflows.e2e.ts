import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, connected, gql, launchBrowser, screenshot, signedInPage } from './browser';

/**
 * The operations dashboard's workflow widgets, live: a ticket opened through the API 1 hour minus a few seconds ago
 * misses its 1-hour first-answer deadline moments later, with nobody reloading the page. Its own ticket (its own
 * external id), whose breach it waits for, so it depends on no other file's data.
 */
const baseUrl = inject('baseUrl');
const CREATE = `mutation ($input: WorkflowRecordInput!) { createWorkflowRecord(input: $input) { id } }`;
const TICKET_ROW = '[data-testid="workflow-scorecard"] tr[data-workflow="TICKET"] [data-testid="workflow-attainment"]';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // An executive reads the operations dashboard and the customer-success records behind it.
  page = await signedInPage(browser, baseUrl, ACCOUNTS.executive);
});
afterAll(async () => {
  await browser?.close();
});

describe('the operations dashboard', () => {
  it('shows a ticket missing its first-answer deadline in the breach list, and the ticket attainment change, without a reload', async () => {
    await page.goto(`${baseUrl}/dashboards/operations`);
    await page.waitForSelector(`${TICKET_ROW}[data-value]`);
    const rows = await page.$$eval('[data-testid="workflow-scorecard"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-workflow')));
    expect(rows).toEqual(['LEAD', 'ONBOARDING', 'TICKET', 'RENEWAL']);
    expect(await page.textContent('[data-testid="workflow-scorecard"] tr[data-workflow="TICKET"] [data-testid="workflow-deadline"]')).toBe('< 1 hr');
    const before = Number(await page.getAttribute(TICKET_ROW, 'data-value'));
    await connected(page);

    const openedAt = new Date(Date.now() - 3600_000 + 4_000).toISOString();
    const { createWorkflowRecord: ticket } = await gql<{ createWorkflowRecord: { id: string } }>(baseUrl, CREATE, {
      input: { workflow: 'TICKET', externalId: `e2e-late-${Date.now()}`, title: 'Printer on fire', account: 'Initech', priority: 'URGENT', openedAt },
    });
    const breach = `[data-testid="widget"][data-widget-id="workflow-breaches"] [data-testid="sla-breach"][data-record-id="${ticket.id}"]`;
    await page.waitForSelector(breach, { timeout: 60_000 });
    expect(await page.getAttribute(breach, 'data-policy')).toBe('ticket_first_answer');
    expect(await page.textContent(breach)).toContain('Printer on fire');
    await page.waitForFunction(([selector, was]) => {
      const value = document.querySelector(selector as string)?.getAttribute('data-value');
      return value != null && Number(value) !== was;
    }, [TICKET_ROW, before] as const, { timeout: 60_000 });
    // One more deadline resolved, and breached: the share met can only fall.
    expect(Number(await page.getAttribute(TICKET_ROW, 'data-value'))).toBeLessThan(before);
    await screenshot(page, 'workflows-operations-breach-live');

    // The breach links to the ticket's page, which names what it counted in and labels its priority.
    await page.click(`${breach} a`);
    await page.waitForURL(new RegExp(`/workflows/${ticket.id}$`));
    await page.waitForSelector('[data-testid="sla-clock"][data-state="BREACHED"]');
    expect(await page.textContent('[data-testid="workflow-record-page"]')).toContain('Urgent');
    await page.waitForSelector('[data-testid="counted-in"] li[data-metric="cs.ticket_sla_breaches"] a:has-text("Ticket deadlines breached")');
  });
});
