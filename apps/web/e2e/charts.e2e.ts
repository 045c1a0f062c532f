import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACCOUNTS, launchBrowser, screenshot, signIn } from './browser';

/**
 * The drill-down charts of issue #22 (items 7 and 9), as a person sees them: win rate, uptime and ARR at a phone
 * and a wall screen, in English and Spanish. Screenshots go to test-results/ for a person to check; the y-axis
 * ticks read from the rendered SVG must be round and within what the metric can be.
 */
const baseUrl = inject('baseUrl');

const SCREENS = { phone: { width: 390, height: 844 }, wall: { width: 2560, height: 1440 } } as const;
const LOCALES = { en: 'en-US', es: 'es-ES' } as const;

interface ChartCase {
  key: string;
  range: string;
  /** Bounds of the values the ticks may show, in the units of the label (percent points, dollars). */
  min: number;
  max: number;
}

const CHARTS: ChartCase[] = [
  { key: 'sales.win_rate', range: 'LAST_90_DAYS', min: 0, max: 100 },
  { key: 'product.uptime', range: 'LAST_30_DAYS', min: 0, max: 100 },
  { key: 'finance.arr', range: 'YEAR_TO_DATE', min: 0, max: Infinity },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** "25%", "99,6 %", "$2.4M", "2,4 M US$", "1,5 mil" → the number in the label's unit (25, 99.6, 2 400 000 …). */
function parseTick(label: string, language: string): number {
  const text = label.replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
  const number = text.match(/-?[\d.,]+/)?.[0];
  if (!number) throw new Error(`no number in tick "${label}"`);
  const [group, decimal] = language === 'es' ? ['.', ','] : [',', '.'];
  let value = Number(number.split(group).join('').replace(decimal, '.'));
  const suffix = text.slice(text.indexOf(number) + number.length);
  if (/\bM\b|M/.test(suffix) && !/mil/.test(suffix)) value *= 1e6;
  else if (/K|mil\b/.test(suffix)) value *= 1e3;
  else if (/B|mil M/.test(suffix)) value *= 1e9;
  return value;
}

const isRoundStep = (step: number) => {
  const power = 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5, 10].some((factor) => Math.abs(step / power - factor) < 1e-6);
};

async function yTicks(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="timeseries-chart"] .apexcharts-yaxis-label', (nodes) => nodes.map((node) => node.textContent ?? '').filter(Boolean));
}

describe.each(Object.entries(SCREENS))('drill-down charts on a %s', (screen, viewport) => {
  it.each(CHARTS.flatMap((chart) => Object.entries(LOCALES).map(([language, locale]) => ({ chart, language, locale }))))(
    '$chart.key in $language: round y ticks within the metric\'s domain (screenshot saved)',
    async ({ chart, language, locale }) => {
      const context = await browser.newContext({ viewport, locale, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        await signIn(page, baseUrl, ACCOUNTS.executive);
        await page.goto(`${baseUrl}/metrics/${chart.key}?range=${chart.range}`);
        await page.waitForSelector('[data-testid="timeseries-chart"] svg .apexcharts-yaxis-label');
        const chartBox = page.locator('[data-testid="timeseries-chart"]');
        await chartBox.scrollIntoViewIfNeeded();
        await screenshot(page, `charts-${chart.key}-${screen}-${language}`);
        await chartBox.screenshot({ path: `${__dirname}/../test-results/charts-${chart.key}-${screen}-${language}-chart.png` });

        const labels = await yTicks(page);
        const ticks = labels.map((label) => parseTick(label, language)).sort((a, b) => a - b);
        expect(ticks.length, labels.join(' | ')).toBeGreaterThanOrEqual(2);
        for (const tick of ticks) {
          expect(tick, labels.join(' | ')).toBeGreaterThanOrEqual(chart.min);
          expect(tick, labels.join(' | ')).toBeLessThanOrEqual(chart.max);
        }
        // Evenly spaced by a round step (1, 2, 2.5 or 5 times a power of ten): no 10.6 % or −78.8 %.
        const steps = ticks.slice(1).map((tick, i) => tick - ticks[i]!);
        for (const step of steps) {
          expect(Math.abs(step - steps[0]!), labels.join(' | ')).toBeLessThan(steps[0]! * 1e-6);
          expect(isRoundStep(step), labels.join(' | ')).toBe(true);
        }
      } finally {
        await context.close();
      }
    },
  );
});

describe('the ARR chart over the year to date', () => {
  it('starts at Jan 1, ends with the forecast, and draws the forecast band as a filled area', async () => {
    const context = await browser.newContext({ viewport: SCREENS.wall, locale: LOCALES.en, colorScheme: 'light' });
    try {
      const page = await context.newPage();
      await signIn(page, baseUrl, ACCOUNTS.executive);
      await page.goto(`${baseUrl}/metrics/finance.arr?range=YEAR_TO_DATE`);
      await page.waitForSelector('[data-testid="timeseries-chart"] svg .apexcharts-yaxis-label');
      const geometry = await page.$eval('[data-testid="timeseries-chart"] svg', (svg) => {
        const plot = svg.querySelector('.apexcharts-inner .apexcharts-grid') as SVGGraphicsElement;
        const box = plot.getBBox();
        // Every drawn series' horizontal extent by name (ApexCharts writes spaces in it as "x"), and whether it fills an area.
        const series = [...svg.querySelectorAll('.apexcharts-series')].map((group) => {
          const paths = [...group.querySelectorAll('path')].filter((path) => (path.getAttribute('d') ?? '').length > 10) as SVGGraphicsElement[];
          const boxes = paths.map((path) => path.getBBox());
          return {
            name: group.getAttribute('seriesName') ?? '',
            left: Math.min(...boxes.map((b) => b.x)),
            right: Math.max(...boxes.map((b) => b.x + b.width)),
            filledArea: paths.some((path) => {
              const style = getComputedStyle(path);
              return style.fill !== 'none' && Number(style.fillOpacity) > 0 && path.getBBox().height > 4;
            }),
          };
        });
        return { gridLeft: box.x, gridRight: box.x + box.width, series };
      });
      const named = (name: string) => geometry.series.find((s) => s.name === name);
      const current = named('Thisxperiod')!;
      const forecast = named('Forecast');
      const band = named('Forecastxrange');
      const report = JSON.stringify(geometry);
      // The data starts at the left edge (Jan 1, not a Monday in December before it) …
      expect(Math.abs(current.left - geometry.gridLeft), report).toBeLessThan(2);
      // … and the axis ends where the last drawn value (the forecast's, when there is one) ends: nothing runs past it.
      const lastDrawn = Math.max(current.right, forecast?.right ?? -Infinity);
      expect(Math.abs(geometry.gridRight - lastDrawn), report).toBeLessThan(2);
      for (const s of geometry.series) expect(s.right, report).toBeLessThanOrEqual(geometry.gridRight + 1);
      // The forecast band is a filled area.
      expect(band?.filledArea, report).toBe(true);
    } finally {
      await context.close();
    }
  });
});
