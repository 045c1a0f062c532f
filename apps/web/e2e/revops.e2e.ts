import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, connected, gql, launchBrowser, screenshot, signedInPage } from './browser';

const baseUrl = inject('baseUrl');
const FUNNEL_PATH = ['NEW', 'MQL', 'SQL', 'OPPORTUNITY', 'WON'];
const UPDATE_POLICY = `mutation ($seconds: Int!) { updateSlaPolicy(key: "new_lead_processing", input: { durationSeconds: $seconds }) { durationSeconds } }`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await signedInPage(browser, baseUrl, ACCOUNTS.executive);
});
afterAll(async () => {
  await browser?.close();
});

describe('the marketing dashboard', () => {
  it('shows the lead funnel computed from the lead records', async () => {
    await page.goto(`${baseUrl}/dashboards/marketing`);
    await page.waitForSelector('[data-testid="funnel-stage"][data-status="WON"]');
    const shown = await page.$$eval('[data-testid="funnel-stage"]', (els) => els.map((el) => [el.getAttribute('data-status'), Number(el.getAttribute('data-entered'))]));
    const { funnel } = await gql<{ funnel: { total: { stages: Array<{ status: string; entered: number }> } } }>(baseUrl, `{ funnel(range: { preset: LAST_30_DAYS }) { total { stages { status entered } } } }`);
    expect(shown).toEqual(FUNNEL_PATH.map((status) => [status, funnel.total.stages.find((s) => s.status === status)!.entered]));
    expect(shown[0][1]).toBeGreaterThan(0);
    expect(shown[0][1]).toBeGreaterThan(shown[4][1] as number);
    expect(await page.$$('[data-testid="channel-conversion-row"]')).not.toHaveLength(0);
    await page.waitForSelector('[data-testid="funnel-panel"] svg');
    await screenshot(page, 'revops-marketing-funnel');
  });

  it('lists an SLA breach live when its deadline passes, with nobody reloading', async () => {
    await page.goto(`${baseUrl}/dashboards/marketing`);
    await page.waitForSelector('[data-testid="sla-breaches"] [data-testid="sla-breach"], [data-testid="sla-breaches"] [data-testid="empty-state"]');
    await connected(page);
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    await gql(baseUrl, UPDATE_POLICY, { seconds: 2 });
    try {
      // No rep covers this region: the lead waits in the unassigned queue and its 2-second deadline passes.
      const { createLead } = await gql<{ createLead: { id: string } }>(baseUrl, `mutation { createLead(input: {
        name: "Breach Watcher", company: "Polar Labs", channel: "events", region: "ANTARCTICA", segment: "SMB" }) { id } }`);
      const breach = `[data-testid="sla-breach"][data-lead-id="${createLead.id}"]`;
      await page.waitForSelector(breach);
      expect(await page.textContent(breach)).toContain('Breach Watcher');
      expect(await page.getAttribute(breach, 'data-policy')).toBe('new_lead_processing');
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
      await screenshot(page, 'revops-sla-breach-live');
    } finally {
      await gql(baseUrl, UPDATE_POLICY, { seconds: 300 });
    }
  });

  it('drills from a conversion KPI to the leads behind it, and from one lead to its journey', async () => {
    await page.goto(`${baseUrl}/dashboards/marketing`);
    await page.click('[data-testid="kpi-card"][data-metric-key="marketing.mql_to_sql"]');
    await page.waitForURL(/\/metrics\/marketing\.mql_to_sql/);
    await page.waitForSelector('[data-testid="leads-panel"] [data-testid="lead-row"]');
    const { leads } = await gql<{ leads: { totalCount: number } }>(baseUrl, `{ leads(filter: { metric: { key: "marketing.mql_to_sql", range: { preset: LAST_30_DAYS } } }) { totalCount } }`);
    expect(leads.totalCount).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="leads-pager"] [data-testid="pager-count"]')).toContain(leads.totalCount.toLocaleString('en-US'));
    await screenshot(page, 'revops-leads-behind-mql-to-sql');

    const leadId = await page.getAttribute('[data-testid="lead-row"] >> nth=0', 'data-lead-id');
    await page.click('[data-testid="lead-row"] >> nth=0 >> [data-testid="lead-link"]');
    await page.waitForURL(new RegExp(`/leads/${leadId}$`));
    await page.waitForSelector('[data-testid="lead-journey"] [data-testid="journey-event"]');
    const kinds = await page.$$eval('[data-testid="journey-event"]', (els) => els.map((el) => el.getAttribute('data-kind')));
    const { lead } = await gql<{ lead: { journey: Array<{ kind: string; toStatus: string | null }> } }>(baseUrl, `query ($id: ID!) { lead(id: $id) { journey { kind toStatus } } }`, { id: leadId });
    expect(kinds).toEqual(lead.journey.map((e) => e.kind));
    expect(kinds[0]).toBe('CREATED');
    // It is behind MQL → SQL: its journey qualifies it.
    expect(lead.journey.some((e) => e.toStatus === 'MQL')).toBe(true);
    await screenshot(page, 'revops-lead-journey');

    await page.click('[data-testid="back-link"]');
    await page.waitForURL(/\/metrics\/marketing\.mql_to_sql/);
  });
});
