import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, screenshot, signedInPage } from './browser';

const baseUrl = inject('baseUrl');
// This file's own metric and goal, so the demo's plan and its pacing stay as they are.
const METRIC = 'ops.e2e_plan_steps';
const DAY = 86_400_000;
const ADA = '00000000-0000-4000-8000-00000000a001'; // Ada Admin (demo-users.ts)
const SAM = '00000000-0000-4000-8000-00000000a003'; // Sam Sales
const CARLA = '00000000-0000-4000-8000-00000000a004'; // Carla Success
const calendarDay = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

// Seed 004's three-year lines, by hand: revenue 1 → 5 → 10 → 20 (× where the demo's ARR started); the others keep their
// year-3 end and reach it through the same share of the way from where the demo started: gross margin 70 → 80 → 85 →
// 90 % is ½ and ¾ of the way, operating margin 20 → 30 → 40 → 50 % ⅓ and ⅔, cost per customer $1000 → 1000 → 500 →
// 250 none and ⅔, efficiency 40 → 60 → 75 → 90 % 0.4 and 0.7.
const YEARS: Record<string, (start: number) => [number, number, number]> = {
  'finance.arr': (start) => [5 * start, 10 * start, 20 * start],
  'finance.gross_margin': (start) => [start + (0.9 - start) / 2, start + (3 * (0.9 - start)) / 4, 0.9],
  'finance.operating_margin': (start) => [start + (0.5 - start) / 3, start + (2 * (0.5 - start)) / 3, 0.5],
  'ops.cost_per_customer': (start) => [start, start + (2 * (250 - start)) / 3, 250],
  'ops.process_efficiency': (start) => [start + 0.4 * (0.9 - start), start + 0.7 * (0.9 - start), 0.9],
};

/** An en-US compact figure as shown ($38M, $662.05, 87.6%): its value and half a step of its last digit. */
function shown(text: string): { value: number; slack: number } {
  const match = /(\d[\d,]*(?:\.(\d+))?)\s*([KMB])?/.exec(text);
  if (!match) throw new Error(`no figure in "${text}"`);
  const scale = (match[3] ? { K: 1e3, M: 1e6, B: 1e9 }[match[3] as 'K' | 'M' | 'B'] : 1) * (text.includes('%') ? 0.01 : 1);
  return { value: Number(match[1]!.replace(/,/g, '')) * scale, slack: (10 ** -(match[2]?.length ?? 0) * scale) / 2 };
}

let browser: Browser;
let goalId: string;
let overdueId: string;
let openId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  await gql(baseUrl, `mutation { createMetric(input: { key: "${METRIC}", name: "E2E plan steps", department: OPERATIONS, unit: { kind: COUNT },
    direction: HIGHER_IS_BETTER, aggregation: SUM }) { key } }`);
  const goal = await gql<{ setGoal: { id: string } }>(baseUrl, 'mutation ($input: GoalInput!) { setGoal(input: $input) { id } }', {
    input: { name: 'E2E rollout', metricKey: METRIC, department: 'OPERATIONS', owner: 'COO', shape: 'LINEAR', startValue: 0,
      startAt: new Date(Date.now() - 30 * DAY).toISOString(), endValue: 10, endAt: new Date(Date.now() + 30 * DAY).toISOString(), milestones: [] },
  });
  goalId = goal.setGoal.id;
  const item = async (title: string, dueDate: string) => (await gql<{ createChecklistItem: { id: string } }>(baseUrl,
    'mutation ($input: ChecklistItemInput!) { createChecklistItem(input: $input) { id } }',
    { input: { goalId, title, ownerUserId: ADA, dueDate } })).createChecklistItem.id;
  // Two days ago is past in any zone the organisation may be in; five days on is not yet due.
  overdueId = await item('E2E: firmar los contratos', calendarDay(-2));
  openId = await item('E2E: formar al equipo de soporte', calendarDay(5));
});
afterAll(async () => {
  await browser?.close();
});

const open = async (locale = 'en-US'): Promise<Page> => {
  const page = await signedInPage(browser, baseUrl, ACCOUNTS.executive, { locale });
  await page.goto(`${baseUrl}/initiatives`);
  return page;
};

describe('the plan on /initiatives', () => {
  it("shows each projection line's yearly milestones and its pacing as the API gives them", async () => {
    const { planProjection } = await gql<{ planProjection: Array<{ startValue: number; endValue: number; milestones: Array<{ value: number }>;
      metric: { key: string; name: string; direction: string }; progress: { status: string; projectedAtEnd: number } }> }>(baseUrl,
      '{ planProjection { startValue endValue milestones { value } metric { key name direction } progress { status projectedAtEnd } } }', {}, ACCOUNTS.executive);
    expect(planProjection.map((line) => line.metric.key).sort()).toEqual(Object.keys(YEARS).sort());
    const page = await open();
    await page.waitForSelector('[data-testid="projection-line"]');
    for (const line of planProjection) {
      const years = [line.milestones[0]!.value, line.milestones[1]!.value, line.endValue];
      YEARS[line.metric.key]!(line.startValue).forEach((value, i) => expect(years[i]).toBeCloseTo(value, 6));
      const card = `[data-testid="projection-line"][data-metric-key="${line.metric.key}"]`;
      expect(await page.textContent(`${card} h3`)).toBe(line.metric.name);
      expect(await page.$$eval(`${card} dt`, (terms) => terms.slice(0, 3).map((term) => term.textContent))).toEqual(['Year 1', 'Year 2', 'Year 3']);
      const texts = await page.$$eval(`${card} [data-testid="projection-year"]`, (cells) => cells.map((cell) => cell.textContent ?? ''));
      texts.forEach((text, i) => {
        const { value, slack } = shown(text);
        expect(Math.abs(value - years[i]!)).toBeLessThanOrEqual(slack + 1e-9);
      });
      expect(await page.getAttribute(`${card} [data-testid="goal-pacing"] [data-status]`, 'data-status')).toBe(line.progress.status);
      // One story: a projection more than 10 % on the wrong side of year 3 is never shown on pace or ahead.
      const better = line.metric.direction === 'HIGHER_IS_BETTER' ? 1 : -1;
      if ((better * (line.endValue - line.progress.projectedAtEnd)) / Math.abs(line.endValue) > 0.1) expect(line.progress.status).toBe('BEHIND');
    }
    await page.close();
  });

  it('in Spanish: flags the overdue milestone, and a tick shows done after a reload', async () => {
    const page = await open('es-ES');
    const overdue = `[data-testid="checklist-item"]:has-text("E2E: firmar los contratos")`;
    const pending = `[data-testid="checklist-item"]:has-text("E2E: formar al equipo de soporte")`;
    await page.waitForSelector(overdue);
    expect(await page.getAttribute(overdue, 'data-overdue')).toBe('true');
    expect(await page.textContent(`${overdue} [data-testid="checklist-overdue"]`)).toBe('Vencido');
    expect(await page.getAttribute(pending, 'data-overdue')).toBe('false');
    expect(await page.isVisible(`${pending} [data-testid="checklist-overdue"]`)).toBe(false);
    expect(await page.textContent(pending)).toContain('Aún sin hacer');

    // The box follows the server (checked once the tick is saved), so a click rather than check().
    await page.getByLabel('Marcar «E2E: formar al equipo de soporte» como hecho').click();
    await page.waitForSelector(`${pending}:has-text("Hecho")`);
    await page.reload();
    await page.waitForSelector(`${pending}:has-text("Hecho")`);
    expect(await page.getByLabel('Marcar «E2E: formar al equipo de soporte» como hecho').isChecked()).toBe(true);
    // Done is no longer overdue-able; the other stays flagged.
    expect(await page.getAttribute(overdue, 'data-overdue')).toBe('true');
    const { checklistItems } = await gql<{ checklistItems: Array<{ id: string; complete: boolean; doneAt: string | null; overdue: boolean }> }>(
      baseUrl, `{ checklistItems(goalId: "${goalId}") { id complete doneAt overdue } }`, {}, ACCOUNTS.executive);
    expect(checklistItems.find((item) => item.id === openId)).toMatchObject({ complete: true, overdue: false });
    expect(checklistItems.find((item) => item.id === overdueId)).toMatchObject({ complete: false, doneAt: null, overdue: true });
    await screenshot(page, 'initiatives-checklist-es');
    await page.close();
  });

  it('edits who is responsible for a RACI step, and the change persists', async () => {
    const page = await open();
    const matrix = '[data-testid="raci-TICKET"]';
    const row = `${matrix} tr:has(th:has-text("Assignment"))`;
    await page.waitForSelector(row);
    expect(await page.textContent(`${row} td[data-label="Responsible"]`)).toBe('Carla Success');
    await page.getByLabel('Edit Support tickets · Assignment').click();
    const editor = '[data-testid="raci-editor"]';
    await page.waitForSelector(editor);
    await page.locator(editor).getByLabel('Responsible').selectOption(SAM);
    await page.click(`${editor} button[type="submit"]`);
    await page.waitForSelector(editor, { state: 'detached' });
    await page.waitForSelector(`${row} td[data-label="Responsible"]:has-text("Sam Sales")`);
    await page.reload();
    await page.waitForSelector(`${row} td[data-label="Responsible"]:has-text("Sam Sales")`);
    // Only the responsible changed: the accountable and consulted are as seeded.
    expect(await page.textContent(`${row} td[data-label="Accountable"]`)).toBe('Carla Success');
    expect(await page.textContent(`${row} td[data-label="Consulted"]`)).toBe('Ada Admin');
    const { raciMatrices } = await gql<{ raciMatrices: Array<{ process: string; steps: Array<{ id: string; step: string; responsible: { name: string } | null }> }> }>(
      baseUrl, '{ raciMatrices { process steps { id step responsible { name } } } }', {}, ACCOUNTS.executive);
    const step = raciMatrices.find((m) => m.process === 'TICKET')!.steps.find((s) => s.step === 'assignment')!;
    expect(step.responsible?.name).toBe('Sam Sales');
    await page.close();
    // Back as seeded, for the files after this one.
    await gql(baseUrl, 'mutation ($id: ID!, $input: RaciStepInput!) { updateRaciStep(id: $id, input: $input) { process } }',
      { id: step.id, input: { responsibleUserId: CARLA, accountableUserId: CARLA, consultedUserIds: [ADA], informedUserIds: [] } });
  });

  const SCREENS = { phone: { width: 375, height: 812 }, wall: { width: 2560, height: 1440 } } as const;
  it.each(Object.entries(SCREENS).flatMap(([screen, viewport]) => (['en-US', 'es-ES'] as const).map((locale) => ({ screen, viewport, locale }))))(
    'fits a $screen in $locale without horizontal scrolling (screenshot saved)',
    async ({ screen, viewport, locale }) => {
      const page = await signedInPage(browser, baseUrl, ACCOUNTS.executive, { viewport, locale });
      await page.goto(`${baseUrl}/initiatives`);
      await page.waitForSelector('[data-testid="projection-line"]');
      await page.waitForSelector('[data-testid="checklist-item"]');
      await page.waitForSelector('[data-testid="raci-TICKET"]');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `initiatives-${screen}-${locale}`);
      await page.close();
    },
  );
});
