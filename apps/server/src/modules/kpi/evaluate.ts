import { emptyBucketValue, evaluateFormula, rollUp, type SeriesStats } from '@opshub/metrics';
import type { Catalog } from '../metric/catalog';
import type { StatsRow } from '../rollup/rollup.read';

/** Stats rows of base metrics indexed by metric and by a cell (a bucket, a group, or the whole period). */
export class StatsIndex {
  private readonly cells = new Map<string, Map<string, SeriesStats[]>>();

  constructor(rows: readonly StatsRow[], cellOf: (row: StatsRow) => string) {
    for (const row of rows) {
      let byCell = this.cells.get(row.metricKey);
      if (!byCell) this.cells.set(row.metricKey, (byCell = new Map()));
      const cell = cellOf(row);
      const list = byCell.get(cell);
      if (list) list.push(row);
      else byCell.set(cell, [row]);
    }
  }

  get(metricKey: string, cell: string): SeriesStats[] {
    return this.cells.get(metricKey)?.get(cell) ?? [];
  }

  cellsOf(metricKey: string): string[] {
    return [...(this.cells.get(metricKey)?.keys() ?? [])];
  }
}

/**
 * A metric's value in one cell. Base metrics roll their stats up; derived metrics apply their formula to
 * their inputs' values in the same cell, so a ratio is always sum/sum over the cell, never an average of
 * ratios. A SUM input without points in a cell where another input has some counts as 0 (no deal won
 * out of three closed is a 0 % win rate, not "no data").
 */
export function evaluateCell(catalog: Catalog, index: StatsIndex, key: string, cell: string): number | null {
  const metric = catalog.find(key);
  if (!metric) return null;
  const inputs = catalog.inputs(key);
  if (inputs.length === 0) return rollUp(index.get(key, cell), metric.aggregation);
  const leaves = catalog.leaves(key);
  if (!leaves.some((leaf) => index.get(leaf, cell).length > 0)) return null;
  const values: Record<string, number | null> = {};
  for (const input of inputs) {
    const value = evaluateCell(catalog, index, input, cell);
    values[input] = value === null && catalog.find(input)?.aggregation === 'SUM' && catalog.inputs(input).length === 0 ? 0 : value;
  }
  return evaluateFormula(metric.formula!, values);
}

/**
 * A metric's value in one time bucket that has begun. Unlike a whole period (null when nothing was recorded: "no
 * data"), an empty bucket of a flow is 0 and one of a stock or reading is a gap (emptyBucketValue); a derived metric
 * applies its formula to its inputs' bucket values, so a ratio of flows with nothing in the bucket (0 / 0) is a gap.
 */
export function evaluateBucket(catalog: Catalog, index: StatsIndex, key: string, cell: string): number | null {
  const metric = catalog.find(key);
  if (!metric) return null;
  const inputs = catalog.inputs(key);
  if (inputs.length === 0) {
    const stats = index.get(key, cell);
    return stats.length === 0 ? emptyBucketValue(metric.aggregation) : rollUp(stats, metric.aggregation);
  }
  return evaluateFormula(metric.formula!, Object.fromEntries(inputs.map((input) => [input, evaluateBucket(catalog, index, input, cell)])));
}
