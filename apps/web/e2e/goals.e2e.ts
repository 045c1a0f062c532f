import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, auditedBy, gql, launchBrowser, screenshot, signIn } from './browser';

const baseUrl = inject('baseUrl');
const BOOKINGS = 'sales.e2e_bookings';
const CALLS = 'sales.e2e_calls';
const DAY = 86_400_000;
const daysFromNow = (n: number) => new Date(Date.now() + n * DAY).toISOString();

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  for (const [key, name, aggregation] of [[BOOKINGS, 'E2E bookings', 'LAST'], [CALLS, 'E2E calls', 'SUM']]) {
    await gql(baseUrl, `mutation { createMetric(input: { key: "${key}", name: "${name}", department: SALES, unit: { kind: COUNT },
      direction: HIGHER_IS_BETTER, aggregation: ${aggregation} }) { key } }`);
  }
  await gql(baseUrl, `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
    input: [
      { metricKey: BOOKINGS, value: 50, at: daysFromNow(-1) },
      ...[6, 5, 4, 3, 2, 1].map((n) => ({ metricKey: CALLS, value: 10 + n, at: daysFromNow(-n) })),
    ],
  });
  // Half-way through a 20-day plan whose path runs 0 → 20 (day 5) → 60 (day 20): about 33 expected today, 50 reached.
  await gql(baseUrl, `mutation ($input: GoalInput!) { setGoal(input: $input) { id } }`, {
    input: {
      name: 'E2E bookings plan', metricKey: BOOKINGS, department: 'SALES', owner: 'Sam Sales', shape: 'MILESTONES',
      startValue: 0, startAt: daysFromNow(-10), endValue: 60, endAt: daysFromNow(10), milestones: [{ at: daysFromNow(-5), value: 20 }],
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  return browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
}

describe('goals', () => {
  it('an executive edits a goal\'s target and milestones and the Goals page shows the new pacing', async () => {
    const page = await newPage();
    await signIn(page, baseUrl, ACCOUNTS.executive);
    await page.click('[data-testid="goals-link"]');
    await page.waitForURL(/\/goals/);
    const goal = '[data-testid="goal"]:has-text("E2E bookings plan")';
    await page.waitForSelector(`${goal} [data-testid="goal-pacing"] [data-status="AHEAD"]`);
    expect(await page.textContent(`${goal} [data-testid="goal-pacing"] [data-status]`)).toBe('Ahead of goal');
    expect(await page.textContent(`${goal} [data-testid="goal-actual"]`)).toBe('50');
    await page.waitForSelector(`${goal} [data-chart-frame] svg`);

    await page.click(`${goal} [data-testid="goal-edit"]`);
    const editor = '[data-testid="goal-editor"]';
    await page.waitForSelector(editor);
    // The path now climbs to 120 by day 5 and 300 by the end: about 180 expected today.
    await page.getByLabel('Milestone 1: value').fill('120');
    await page.getByLabel('End value').fill('300');
    // The preview follows what is typed before anything is saved.
    await page.waitForSelector(`${editor} [data-testid="goal-preview"] svg`);
    await screenshot(page, 'goals-editor');
    await page.click('[data-testid="goal-save"]');
    await page.waitForSelector(editor, { state: 'detached' });

    await page.waitForSelector(`${goal} [data-testid="goal-pacing"] [data-status="BEHIND"]`);
    expect(await page.textContent(`${goal} [data-testid="goal-pacing"] [data-status]`)).toBe('Behind goal');
    const expected = Number((await page.textContent(`${goal} [data-testid="goal-expected"]`))!.replace(/[^\d.]/g, ''));
    expect(expected).toBeGreaterThan(150);
    const { goalPlan } = await gql<{ goalPlan: Array<{ name: string; endValue: number; milestones: Array<{ value: number }> }> }>(
      baseUrl, '{ goalPlan { name endValue milestones { value } } }', {}, ACCOUNTS.executive,
    );
    expect(goalPlan.find((g) => g.name === 'E2E bookings plan')).toMatchObject({ endValue: 300, milestones: [{ value: 120 }] });
    await screenshot(page, 'goals-page');
    await page.close();

    // The ADMIN's audit trail lists the executive's change, field by field.
    const admin = await newPage();
    await signIn(admin, baseUrl, ACCOUNTS.admin);
    expect(await auditedBy(admin, baseUrl, 'GOAL', ['Goal “E2E bookings plan” changed:', 'end value', 'milestones'])).toBe('Elena Executive');
    await admin.close();
  });
});

describe('annotations', () => {
  it('a department head drags a span on the chart, writes a title, sees it, edits and deletes it', async () => {
    const page = await newPage();
    await signIn(page, baseUrl, ACCOUNTS.salesHead);
    await page.goto(`${baseUrl}/metrics/${CALLS}?range=LAST_7_DAYS`);
    await page.waitForSelector('[data-testid="timeseries-chart"] svg .apexcharts-gridlines-horizontal');
    const plot = (await page.locator('[data-testid="timeseries-chart"] .apexcharts-gridlines-horizontal').boundingBox())!;
    const y = plot.y + plot.height / 2;
    await page.mouse.move(plot.x + plot.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width * 0.45, y, { steps: 5 });
    await page.mouse.move(plot.x + plot.width * 0.6, y, { steps: 5 });
    await page.mouse.up();

    const editor = '[data-testid="annotation-editor"]';
    await page.waitForSelector(editor);
    const from = await page.getByLabel('Date and time').inputValue();
    const until = await page.getByLabel('Until (optional)').inputValue();
    // A span: both ends filled from where the drag started and stopped, in order.
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(until > from).toBe(true);
    await page.getByLabel('Title').fill('<b>Call blitz</b>');
    await page.click('[data-testid="annotation-save"]');
    await page.waitForSelector(editor, { state: 'detached' });

    const item = '[data-testid="chart-annotation"]:has-text("<b>Call blitz</b>")';
    await page.waitForSelector(item);
    // Shown as the text typed, never as markup, in the list and in the chart.
    expect(await page.locator(`${item} b`).count()).toBe(0);
    await page.waitForSelector('[data-testid="timeseries-chart"] svg .apexcharts-xaxis-annotations text:has-text("<b>Call blitz</b>")');
    expect(await page.textContent(item)).toContain('by Sam Sales');
    await screenshot(page, 'annotation-created');

    await page.click(`${item} [data-testid="annotation-edit"]`);
    await page.getByLabel('Title').fill('Call blitz (week 2)');
    await page.click('[data-testid="annotation-save"]');
    const edited = '[data-testid="chart-annotation"]:has-text("Call blitz (week 2)")';
    await page.waitForSelector(edited);

    await page.click(`${edited} button:has-text("Delete")`);
    await page.click(`${edited} button:has-text("Yes, delete")`);
    await page.waitForSelector(edited, { state: 'detached' });
    const { annotations } = await gql<{ annotations: Array<{ title: string }> }>(
      baseUrl, `{ annotations(metricKey: "${CALLS}", range: { preset: LAST_7_DAYS }) { title } }`, {}, ACCOUNTS.salesHead,
    );
    expect(annotations.filter((a) => a.title.includes('Call blitz'))).toEqual([]);
    await page.close();
  });
});
