/**
 * Text that reaches a chart. ApexCharts draws two kinds of text:
 * - SVG text (axis labels, categories, annotation labels, data labels, titles, "no data"): set as
 *   `textContent`, so it is already text and must NOT be escaped (an entity would show as `&lt;`);
 * - HTML (legend items, tooltip title, series names and values in the tooltip, the x-axis tooltip, a
 *   custom tooltip, legend hover text): the output of its formatter is assigned to `innerHTML`.
 * Every formatter whose output ends up in HTML therefore goes through `htmlText` (see chartOptions.ts).
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `value` as HTML that shows exactly its text (null and undefined show as nothing). */
export function htmlText(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** A formatter whose result ApexCharts inserts as HTML: the same text, escaped. */
export function htmlFormatter<A extends unknown[]>(format: (...args: A) => unknown): (...args: A) => string {
  return (...args) => htmlText(format(...args));
}
