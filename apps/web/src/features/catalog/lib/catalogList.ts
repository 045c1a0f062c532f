import { DEPARTMENTS, type Department } from '@opshub/metrics';
import type { CatalogMetricFieldsFragment } from '../../../gql/graphql';

/** Where a metric's data comes from, as the catalog shows it; files and SQL sources will join these. */
export type CatalogSource = 'PUSHED' | 'RECORDS' | 'FORMULA';

export function catalogSource(metric: Pick<CatalogMetricFieldsFragment, 'formula' | 'source'>): CatalogSource {
  if (metric.formula) return 'FORMULA';
  return metric.source === 'RECORDS' ? 'RECORDS' : 'PUSHED';
}

export function ownerName(metric: Pick<CatalogMetricFieldsFragment, 'owner' | 'ownerUser'>): string | null {
  return metric.ownerUser?.name ?? metric.owner ?? null;
}

/** Case- and accent-insensitive, so "gestion" finds "Gestión". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The metrics matching every word of `query` (in name, key, description or owner), grouped by their owning department in
 * the usual order; a department filter keeps the metrics it owns and those shared with it.
 */
export function groupCatalog<M extends CatalogMetricFieldsFragment>(metrics: readonly M[], query: string, department: Department | null) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = metrics.filter((metric) => {
    if (department && metric.department !== department && !metric.sharedWith.includes(department)) return false;
    const text = fold([metric.name, metric.key, metric.description, ownerName(metric) ?? ''].join(' '));
    return words.every((word) => text.includes(word));
  });
  return DEPARTMENTS.map((dept) => ({
    department: dept,
    metrics: matches.filter((metric) => metric.department === dept).sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((group) => group.metrics.length > 0);
}
