import { describe, expect, it } from 'vitest';
import { htmlFormatter, htmlText } from './chartText';
import { safeChartOptions } from './chartOptions';

/** What an HTML sink (innerHTML, as ApexCharts does for legends and tooltips) makes of the helper's output. */
function rendered(html: string): HTMLElement {
  const element = document.createElement('span');
  element.innerHTML = html;
  return element;
}

const HOSTILE: Array<[string, string]> = [
  ['an image with onerror', '<img src=x onerror=alert(1)>'],
  ['an attribute breakout with svg onload', '"><svg onload=alert(1)>'],
  ['a script element', '<script>alert(1)</script>'],
  ['an entity that must stay visible as typed', '&amp;'],
  ['a bare ampersand and comparison', 'R&D < 5 > 3'],
  ['single and double quotes', `O'Brien "the best"`],
  ['unicode, emoji and a right-to-left mark', 'Zürich · 東京 · 🚀 \u200f'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['an empty string', ''],
];

describe('htmlText', () => {
  it.each(HOSTILE)('%s shows as exactly its text and creates no element', (_name, value) => {
    const element = rendered(htmlText(value));
    expect(element.textContent).toBe(value);
    expect(element.children).toHaveLength(0);
  });

  it('escapes the five HTML-significant characters', () => {
    expect(htmlText(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('shows null and undefined as nothing and numbers as written', () => {
    expect(htmlText(null)).toBe('');
    expect(htmlText(undefined)).toBe('');
    expect(htmlText(1234.5)).toBe('1234.5');
  });

  it('htmlFormatter escapes what the formatter returns', () => {
    const format = htmlFormatter((name: string, suffix: string) => `${name} ${suffix}`);
    expect(rendered(format('<b>x</b>', '&')).textContent).toBe('<b>x</b> &');
  });
});

describe('safeChartOptions', () => {
  const NAME = '<img src=x onerror=alert(1)>';
  const sinks = (options: ReturnType<typeof safeChartOptions>) => ({
    legend: options.legend!.formatter!(NAME),
    tooltipTitle: options.tooltip!.x!.formatter!(NAME),
    seriesLabel: (options.tooltip!.y as { title: { formatter(name: string): string } }).title.formatter(NAME),
    value: (options.tooltip!.y as { formatter(value: unknown): string }).formatter(NAME),
  });

  it('escapes the legend, tooltip title, series label and value when the chart gives no formatter', () => {
    const options = safeChartOptions({ chart: { type: 'bar' } });
    const out = sinks(options);
    expect(rendered(out.legend).textContent).toBe(NAME);
    expect(rendered(out.tooltipTitle).textContent).toBe(NAME);
    expect(rendered(out.seriesLabel).textContent).toBe(`${NAME}: `);
    expect(rendered(out.value).textContent).toBe(NAME);
    for (const html of Object.values(out)) expect(rendered(html).children).toHaveLength(0);
  });

  it("escapes what the chart's own formatters return, keeping their text", () => {
    const options = safeChartOptions({
      legend: { formatter: (name) => `${name} (total)` },
      tooltip: { x: { formatter: (value) => `at ${value}` }, y: { formatter: () => '"1 & 2"', title: { formatter: (name) => `[${name}]` } }, z: { formatter: () => '<i>z</i>' } },
      xaxis: { tooltip: { formatter: (value: string) => `<u>${value}</u>` } },
    });
    const out = sinks(options);
    expect(rendered(out.legend).textContent).toBe(`${NAME} (total)`);
    expect(rendered(out.tooltipTitle).textContent).toBe(`at ${NAME}`);
    expect(rendered(out.seriesLabel).textContent).toBe(`[${NAME}]`);
    expect(rendered(out.value).textContent).toBe('"1 & 2"');
    expect(rendered(options.tooltip!.z!.formatter!(1)).textContent).toBe('<i>z</i>');
    expect(rendered(options.xaxis!.tooltip!.formatter!('v')).textContent).toBe('<u>v</u>');
  });

  it('passes SVG text (categories, annotation labels, data labels) through unescaped: ApexCharts sets it as text', () => {
    const options = safeChartOptions({
      xaxis: { categories: [NAME] },
      annotations: { xaxis: [{ x: 1, label: { text: NAME } }] },
      dataLabels: { formatter: () => NAME },
    });
    expect(options.xaxis!.categories).toEqual([NAME]);
    expect(options.annotations!.xaxis![0].label!.text).toBe(NAME);
    expect((options.dataLabels!.formatter as () => string)()).toBe(NAME);
  });
});
