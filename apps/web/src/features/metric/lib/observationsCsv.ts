import { toCsv, type CsvCell } from '../../../shared/csv/csv';

export interface ObservationRow {
  id: string;
  metricKey: string;
  at: string;
  value: number;
  dimensions: Record<string, unknown>;
  source: string | null;
  updatedAt: string;
}

/** Dimension names across the rows, sorted, each becoming a CSV column. */
export function dimensionColumns(rows: readonly ObservationRow[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.dimensions ?? {})) names.add(name);
  return [...names].sort();
}

function dimensionCell(value: unknown): CsvCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Exactly the given rows (the ones on screen), machine-readable: ISO instants, raw numbers. */
export function observationsToCsv(rows: readonly ObservationRow[]): string {
  const dims = dimensionColumns(rows);
  const header = ['id', 'metric_key', 'at', 'value', ...dims, 'source', 'updated_at'];
  return toCsv(
    header,
    rows.map((r) => [r.id, r.metricKey, r.at, r.value, ...dims.map((d) => dimensionCell(r.dimensions?.[d])), r.source, r.updatedAt]),
  );
}

export function csvFilename(metricKey: string, now: Date = new Date()): string {
  const safe = metricKey.replace(/[^a-zA-Z0-9._-]+/g, '_');
  return `${safe}-observations-${now.toISOString().slice(0, 10)}.csv`;
}
