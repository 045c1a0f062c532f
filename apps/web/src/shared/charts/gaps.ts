/** Whether a line breaks: a bucket without a value between two with one (a stock not read, a ratio of nothing). */
export function hasGaps(values: readonly (number | null)[]): boolean {
  const first = values.findIndex((v) => v !== null);
  const last = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  return first >= 0 && values.slice(first, last + 1).includes(null);
}
