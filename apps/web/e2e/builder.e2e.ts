import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, gql, launchBrowser, signIn } from './browser';

const baseUrl = inject('baseUrl');
const WON = 'sales.e2e_builder_won';
const CALLS = 'sales.e2e_builder_calls';
const DAY = 86_400_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  for (const [key, name] of [[WON, 'Builder deals won'], [CALLS, 'Builder calls']]) {
    await gql(baseUrl, `mutation { createMetric(input: { key: "${key}", name: "${name}", department: SALES, unit: { kind: COUNT },
      direction: HIGHER_IS_BETTER, aggregation: SUM }) { key } }`);
  }
  await gql(baseUrl, `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
    input: [1, 2, 3, 4].flatMap((n) => [
      { metricKey: WON, value: n, at: new Date(Date.now() - n * DAY).toISOString(), dimensions: { region: n % 2 ? 'EMEA' : 'AMER' } },
      { metricKey: CALLS, value: 10 * n, at: new Date(Date.now() - n * DAY).toISOString() },
    ]),
  });
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  // Tall enough that every widget, and room to resize one, is on screen without scrolling.
  return browser.newPage({ viewport: { width: 1440, height: 1400 }, locale: 'en-US', acceptDownloads: true });
}

interface Box { id: string; x: number; y: number; width: number; height: number }

/** Where each widget is drawn, relative to the grid, once the grid's move transitions have ended. */
async function widgetBoxes(page: Page): Promise<Box[]> {
  await page.waitForFunction(() => [...document.querySelectorAll('.react-grid-item')].every((item) => item.getAnimations().length === 0));
  return page.$$eval('[data-testid="widget"]', (cells) => {
    const grid = document.querySelector('[data-testid="widget-grid"]')!.getBoundingClientRect();
    return cells.map((cell) => {
      const box = cell.getBoundingClientRect();
      return { id: (cell as HTMLElement).dataset.widgetId!, x: Math.round(box.x - grid.x), y: Math.round(box.y - grid.y), width: Math.round(box.width), height: Math.round(box.height) };
    }).sort((a, b) => a.id.localeCompare(b.id));
  });
}

async function addWidget(page: Page, type: string, choose: () => Promise<void>): Promise<void> {
  await page.click('[data-testid="editor-add"]');
  await page.selectOption('[data-testid="picker-type"]', type);
  await choose();
  await page.click('[data-testid="picker-add"]');
  await page.waitForSelector('[data-testid="widget-picker"]', { state: 'detached' });
}

/** Drags from the centre of one element by (dx, dy) with the mouse, in steps, as a person would. */
async function drag(page: Page, selector: string, dx: number, dy: number): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

async function slugOf(page: Page): Promise<string> {
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

describe('dashboard builder', () => {
  let slug = '';

  it('builds a dashboard from scratch (scorecard, chart, note), drags and resizes, saves, and shows the same after a reload', async () => {
    const page = await newPage();
    await signIn(page, baseUrl, ACCOUNTS.salesHead);
    await page.click('[data-testid="new-dashboard"]');
    await page.fill('[data-testid="new-title"]', 'E2E sales floor');
    await page.selectOption('[data-testid="new-owner"]', 'SALES');
    await page.click('[data-testid="new-create"]');
    await page.waitForSelector('[data-testid="dashboard-editor"]');
    slug = await slugOf(page);
    expect(slug).toMatch(/^e2e-sales-floor-[0-9a-f]{6}$/);

    await addWidget(page, 'SCORECARD', async () => {
      await page.fill('[data-testid="picker-title"]', 'Pipeline review');
      await page.fill('[data-testid="picker-search"]', 'builder');
      await page.check(`[data-testid="picker-metric"][data-metric="${WON}"]`);
      await page.check(`[data-testid="picker-metric"][data-metric="${CALLS}"]`);
    });
    await addWidget(page, 'TIME_SERIES', async () => {
      await page.fill('[data-testid="picker-search"]', 'calls');
      await page.check(`[data-testid="picker-metric"][data-metric="${CALLS}"]`);
    });
    await addWidget(page, 'TEXT', async () => {
      await page.fill('[data-testid="picker-text"]', '**Stand-up** at 9 <img src=x onerror="window.hacked=1"> <script>window.hacked=1</script>');
    });
    await page.waitForSelector('[data-testid="widget"][data-type="SCORECARD"] [data-metric="sales.e2e_builder_calls"]');
    await page.waitForSelector('[data-testid="widget"][data-type="TIME_SERIES"] [data-chart-frame] svg');

    // The note (below the chart, at the left) goes to the right of the chart; the chart grows by two rows.
    await page.waitForSelector('[data-testid="widget"][data-type="TEXT"] [data-testid="note"]');
    const before = await widgetBoxes(page);
    const note = before.find((b) => b.id === 'text-1')!;
    const chart = before.find((b) => b.id === 'time-series-1')!;
    expect(note.x).toBe(0);
    await drag(page, '[data-widget-id="text-1"] [data-testid="widget-handle"]', chart.width + 40, chart.y - note.y);
    await drag(page, '[data-widget-id="time-series-1"] .react-resizable-handle', 0, 2 * 52);
    const edited = await widgetBoxes(page);
    expect(edited.find((b) => b.id === 'text-1')!.x).toBeGreaterThan(chart.width);
    expect(edited.find((b) => b.id === 'time-series-1')!.height).toBeGreaterThan(chart.height + 80);

    await page.click('[data-testid="editor-save"]');
    await page.waitForSelector('[data-testid="dashboard-editor"]', { state: 'detached' });
    await page.waitForSelector('[data-testid="widget"][data-type="TIME_SERIES"] [data-chart-frame] svg');
    const saved = await gql<{ dashboard: { version: number; widgets: Array<{ id: string; type: string; x: number; y: number; w: number; h: number }> } }>(
      baseUrl, 'query ($slug: ID!) { dashboard(slug: $slug) { version widgets { id type x y w h } } }', { slug }, ACCOUNTS.salesHead);
    expect(saved.dashboard.version).toBe(2);
    const byId = Object.fromEntries(saved.dashboard.widgets.map((w) => [w.id, w]));
    expect(byId['scorecard-1']).toMatchObject({ type: 'SCORECARD', x: 0, w: 12 });
    expect(byId['time-series-1']).toMatchObject({ type: 'TIME_SERIES', x: 0, w: 6, h: 9 });
    expect(byId['text-1']).toMatchObject({ type: 'TEXT', x: 6, y: byId['time-series-1'].y });
    const shown = await widgetBoxes(page);

    await page.reload();
    await page.waitForSelector('[data-testid="widget"][data-type="TIME_SERIES"] [data-chart-frame] svg');
    expect(await widgetBoxes(page)).toEqual(shown);
    // The note is Markdown shown as text: bold, and neither the image nor the script became markup.
    expect(await page.textContent('[data-testid="note"] strong')).toBe('Stand-up');
    expect(await page.$$('[data-testid="note"] img, [data-testid="note"] script')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    // The sales team's new dashboard is in the sidebar.
    await page.waitForSelector(`[data-testid="dashboard-link"][data-slug="${slug}"]`);
    await page.close();
  });

  it('tells the second of two editors that the first saved meanwhile, and overwrites nothing', async () => {
    const first = await newPage();
    const second = await newPage();
    await signIn(first, baseUrl, ACCOUNTS.salesHead);
    await signIn(second, baseUrl, ACCOUNTS.executive);
    for (const page of [first, second]) {
      await page.goto(`${baseUrl}/dashboards/${slug}?edit=1`);
      await page.waitForSelector('[data-testid="dashboard-editor"] [data-testid="widget"]');
    }
    await first.fill('[data-testid="editor-title"]', 'E2E sales floor (Sam)');
    await first.click('[data-testid="editor-save"]');
    await first.waitForSelector('[data-testid="dashboard-editor"]', { state: 'detached' });

    await second.fill('[data-testid="editor-title"]', 'E2E sales floor (Elena)');
    await second.click('[data-testid="editor-save"]');
    const conflict = await second.waitForSelector('[data-testid="editor-conflict"]');
    expect(await conflict.textContent()).toContain('Sam Sales saved this dashboard (now version 3) while you were editing version 2');
    const now = await gql<{ dashboard: { title: string; version: number } }>(baseUrl, 'query ($slug: ID!) { dashboard(slug: $slug) { title version } }', { slug });
    expect(now.dashboard).toEqual({ title: 'E2E sales floor (Sam)', version: 3 });
    await first.close();
    await second.close();
  });

  it('exports the dashboard as JSON and imports it as a new one with the same widgets', async () => {
    const page = await newPage();
    await signIn(page, baseUrl, ACCOUNTS.salesHead);
    await page.goto(`${baseUrl}/dashboards/${slug}`);
    await page.waitForSelector('[data-testid="widget"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="dashboard-export"]')]);
    expect(download.suggestedFilename()).toBe(`${slug}.dashboard.json`);
    const text = await readFile((await download.path())!, 'utf8');
    const document = JSON.parse(text);
    expect(document).toMatchObject({ format: 'opshub.dashboard', version: 1, title: 'E2E sales floor (Sam)' });

    await page.click('[data-testid="new-dashboard"]');
    await page.setInputFiles('[data-testid="new-import"]', { name: 'board.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForSelector('[data-testid="dashboard-editor"]');
    const copy = await slugOf(page);
    expect(copy).not.toBe(slug);
    const imported = await gql<{ dashboardExport: string }>(baseUrl, 'query ($slug: ID!) { dashboardExport(slug: $slug) }', { slug: copy }, ACCOUNTS.salesHead);
    expect(JSON.parse(imported.dashboardExport).widgets).toEqual(document.widgets);

    // A broken file is refused with the widget and field named.
    document.widgets[0].metricKeys = ['sales.no_such_metric'];
    await page.click('[data-testid="new-dashboard"]');
    await page.setInputFiles('[data-testid="new-import"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
    const message = await page.waitForSelector('[role="alert"]:has-text("widgets[0].metricKeys[0]")');
    expect(await message.textContent()).toContain('unknown metric "sales.no_such_metric"');
    await page.close();
  });

  it('adds a funnel, a goal and one chart of two metrics over its own week, saves, and shows them after a reload and on a share link', async () => {
    const page = await newPage();
    await signIn(page, baseUrl, ACCOUNTS.salesHead);
    await page.goto(`${baseUrl}/dashboards/${slug}?edit=1`);
    await page.waitForSelector('[data-testid="dashboard-editor"] [data-testid="widget"]');
    await addWidget(page, 'FUNNEL', async () => {});
    await addWidget(page, 'GOAL_PROGRESS', async () => {
      await page.waitForSelector('[data-testid="picker-goal"] option:nth-child(2)', { state: 'attached' });
      const goalId = await page.$eval('[data-testid="picker-goal"] option:nth-child(2)', (option) => (option as HTMLOptionElement).value);
      await page.selectOption('[data-testid="picker-goal"]', goalId);
    });
    await addWidget(page, 'TIME_SERIES', async () => {
      await page.fill('[data-testid="picker-title"]', 'Deals and calls');
      await page.fill('[data-testid="picker-search"]', 'builder');
      await page.check(`[data-testid="picker-metric"][data-metric="${WON}"]`);
      await page.check(`[data-testid="picker-metric"][data-metric="${CALLS}"]`);
    });
    // Not saved yet: the funnel and goal say they show once saved; the chart overlays its two metrics at once.
    await page.waitForSelector('[data-widget-id="funnel-1"] [data-testid="widget-unsaved"]');
    await page.waitForSelector('[data-widget-id="time-series-2"] [data-testid="series-chart"][data-lines="2"] svg');
    await page.selectOption('[data-widget-id="time-series-2"] [data-testid="widget-range"]', 'LAST_7_DAYS');
    await page.click('[data-testid="editor-save"]');
    await page.waitForSelector('[data-testid="dashboard-editor"]', { state: 'detached' });

    const check = async () => {
      await page.waitForSelector('[data-widget-id="funnel-1"] [data-testid="funnel-panel"]');
      await page.waitForSelector('[data-widget-id="goal-progress-1"] [data-testid="goal-widget"] [data-testid="goal-pacing"]');
      await page.waitForSelector('[data-widget-id="time-series-2"] [data-testid="series-chart"][data-lines="2"] svg');
      expect(await page.$$('[data-widget-id="time-series-2"] [data-testid="series-chart"]')).toHaveLength(1);
    };
    await check();
    await page.reload();
    await check();
    const saved = await gql<{ dashboard: { widgets: Array<{ id: string; type: string; goalId: string | null; range: { preset: string | null } | null; metricKeys: string[] }> } }>(
      baseUrl, 'query ($slug: ID!) { dashboard(slug: $slug) { widgets { id type goalId metricKeys range { preset } } } }', { slug }, ACCOUNTS.salesHead);
    const byId = Object.fromEntries(saved.dashboard.widgets.map((w) => [w.id, w]));
    expect(byId['funnel-1']).toMatchObject({ type: 'FUNNEL', range: null });
    expect(byId['goal-progress-1'].goalId).toMatch(/^[0-9a-f-]{36}$/);
    expect(byId['time-series-2']).toMatchObject({ metricKeys: [WON, CALLS], range: { preset: 'LAST_7_DAYS' } });

    // Through a share link: the same widgets, and nothing on the custom dashboard links to a page the link cannot open.
    const link = await gql<{ createShareLink: { token: string } }>(baseUrl, 'mutation ($input: ShareLinkInput!) { createShareLink(input: $input) { token } }',
      { input: { dashboardSlug: slug, expiresAt: new Date(Date.now() + DAY).toISOString(), label: 'E2E wall' } }, ACCOUNTS.salesHead);
    const wall = await browser.newContext({ viewport: { width: 1440, height: 1400 }, locale: 'en-US' });
    const screen = await wall.newPage();
    await screen.goto(`${baseUrl}/share/${link.createShareLink.token}`);
    await screen.waitForSelector('[data-widget-id="funnel-1"] [data-testid="funnel-panel"]');
    await screen.waitForSelector('[data-widget-id="goal-progress-1"] [data-testid="goal-pacing"]');
    await screen.waitForSelector('[data-testid="scorecard"] [data-metric]');
    // The chart draws both metrics' lines from the series read with the dashboard (a link may not ask `series` itself).
    const chart = '[data-widget-id="time-series-2"] [data-testid="series-chart"][data-lines="2"]';
    await screen.waitForSelector(`${chart} svg .apexcharts-series path.apexcharts-line`);
    expect(await screen.$$eval(`${chart} svg .apexcharts-series path.apexcharts-line`, (paths) => paths.filter((path) => (path.getAttribute('d') ?? '').includes('L')).length))
      .toBeGreaterThanOrEqual(2);
    expect(await screen.$$('[data-widget-id="time-series-2"] [role="alert"]')).toHaveLength(0);
    // Its forecast is read through the dashboard the link opens, for the chart's own metrics only.
    await screen.click('[data-widget-id="time-series-2"] [data-testid="chart-toggle-forecast"]');
    await screen.waitForSelector('[data-widget-id="time-series-2"] .apexcharts-legend-text:text-is("Forecast")');
    expect(await screen.$$('[data-widget-id="time-series-2"] [role="alert"]')).toHaveLength(0);
    expect(await screen.$$('[data-testid="widget-grid"] a[href]')).toHaveLength(0);
    await wall.close();
    await page.close();
  });
});

