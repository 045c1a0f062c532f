import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startOf } from '@opshub/metrics';
import { ACCOUNTS, gql, launchBrowser, screenshot, signIn } from './browser';

const baseUrl = inject('baseUrl');
// This file's own metric, on no seeded dashboard: the demo's numbers stay as they are.
const WINS = 'sales.e2e_review_wins';
const SAM = '00000000-0000-4000-8000-00000000a003'; // Sam Sales, the demo's head of sales (demo-users.ts)
const DAY = 86_400_000;

let browser: Browser;
let reviewId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  await gql(baseUrl, `mutation { createMetric(input: { key: "${WINS}", name: "E2E review wins", department: SALES, unit: { kind: COUNT },
    direction: HIGHER_IS_BETTER, aggregation: SUM }) { key } }`);
  await gql(baseUrl, `mutation { setTarget(input: { metricKey: "${WINS}", kind: PLAN, value: 100, effectiveFrom: "2020-01-01T00:00:00Z" }) { id } }`);
  // Last week's only win: 3 of a target of 100, off track. Weeks start on Monday in the organisation's zone: half a week
  // before this one began is in last week whatever today is (eight days ago was not, on a Monday).
  const { organization } = await gql<{ organization: { timeZone: string } }>(baseUrl, '{ organization { timeZone } }');
  const lastWeek = new Date(startOf(new Date(), 'WEEK', organization.timeZone).getTime() - 3.5 * DAY);
  await gql(baseUrl, 'mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }', {
    input: [{ metricKey: WINS, value: 3, at: lastWeek.toISOString() }],
  });
  await gql(baseUrl, `mutation { updateMetric(key: "${WINS}", input: { ownerUserId: "${SAM}", reviewCadence: WEEKLY }) { key } }`);
  // Opened now rather than at the next poll of the scheduler (it would open the same review: once either way).
  const opened = await gql<{ openReview: { id: string } }>(baseUrl, `mutation { openReview(subjectKind: METRIC, subjectKey: "${WINS}") { id } }`, {}, ACCOUNTS.executive);
  reviewId = opened.openReview.id;
});
afterAll(async () => {
  await browser?.close();
});

describe('KPI reviews', () => {
  it('the owner completes a review in Spanish and the executive sees it done', async () => {
    const owner = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-ES' });
    const page = await owner.newPage();
    await signIn(page, baseUrl, ACCOUNTS.salesHead);
    await page.click('[data-testid="reviews-link"]');
    await page.waitForSelector('h1:has-text("Revisiones de KPI")');
    await page.click(`[data-review-id="${reviewId}"] a`);
    await page.waitForURL(new RegExp(`/reviews/${reviewId}$`));
    const kpi = `[data-testid="review-kpi"][data-metric-key="${WINS}"]`;
    await page.waitForSelector(kpi);
    expect(await page.textContent(`${kpi} [data-testid="kpi-status"]`)).toBe('Fuera de objetivo');

    // Completing before commenting on the off-track KPI is refused, naming it.
    await page.click('[data-testid="review-complete"]');
    await page.waitForSelector('[role="alert"]:has-text("E2E review wins")');

    await page.fill(`${kpi} [data-testid="kpi-comment"]`, 'Dos acuerdos se retrasaron a la semana que viene.');
    await page.click(`${kpi} [data-testid="kpi-comment-save"]`);
    await page.waitForSelector(`${kpi}[data-needs-comment="false"]`);
    // The refusal went with its cause.
    expect(await page.isVisible('[role="alert"]:has-text("E2E review wins")')).toBe(false);

    // An action item needs an owner and a date: the form says so beside the fields, in Spanish.
    await page.selectOption('[data-testid="action-item-owner"]', '');
    await page.click('[data-testid="action-item-add"]');
    await page.waitForSelector('text=Elige quién lo hace');
    await page.waitForSelector('text=Indica una fecha límite');
    await page.selectOption('[data-testid="action-item-owner"]', SAM);
    await page.fill('[data-testid="action-item-due"]', new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10));
    await page.fill('[data-testid="action-item-text"]', 'Llamar a los dos clientes retrasados');
    await page.click('[data-testid="action-item-add"]');
    await page.waitForSelector('[data-testid="action-item"]:has-text("Llamar a los dos clientes retrasados")');
    await screenshot(page, 'review-in-progress-es');

    await page.click('[data-testid="review-complete"]');
    await page.waitForSelector('[data-testid="review-state"]:has-text("Completada por Sam Sales")');
    expect(await page.isVisible('[data-testid="review-complete"]')).toBe(false);
    await owner.close();

    const executive = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const board = await executive.newPage();
    await signIn(board, baseUrl, ACCOUNTS.executive);
    await board.click('[data-testid="reviews-link"]');
    const done = `[data-testid="reviews-recentlyCompleted"] [data-review-id="${reviewId}"]`;
    await board.waitForSelector(`${done} [data-testid="review-done"]`);
    expect(await board.textContent(`${done} a`)).toBe('E2E review wins');
    expect(await board.isVisible(`[data-testid="reviews-overdue"] [data-review-id="${reviewId}"], [data-testid="reviews-open"] [data-review-id="${reviewId}"]`)).toBe(false);
    // The action item is open under its owner, and on the metric's page.
    await board.waitForSelector('[data-testid="items-group"]:has(h3:has-text("Sam Sales")) [data-testid="action-item"]:has-text("Llamar a los dos clientes retrasados")');
    await screenshot(board, 'reviews-page-en');
    await board.goto(`${baseUrl}/metrics/${WINS}`);
    await board.waitForSelector('[data-testid="metric-action-items"] [data-testid="action-item"]:has-text("Llamar a los dos clientes retrasados")');
    await executive.close();
  });
});
