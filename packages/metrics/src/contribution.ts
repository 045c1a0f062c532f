import { formatDelta } from './format';
import type { Unit } from './types';

/**
 * Contribution analysis: which dimension values a change of a metric comes from.
 *
 * Additive metrics (sums, and stocks summed across series): the change is the sum of the groups' changes, so
 * a value's share is its own change over the total change.
 *
 * Ratios (sum/sum, e.g. win rate = won / closed): with R = N/D, a group's contribution is
 * (ΔNᵢ − R₀·ΔDᵢ) / D₁, where R₀ is the comparison ratio and D₁ the current denominator. These sum exactly to
 * R₁ − R₀ over the groups, so shares still add up to 100 % and a group that only grew its volume at the old
 * rate contributes nothing.
 */

export interface BreakdownEntry {
  /** The dimension value, e.g. "SMB". */
  value: string;
  /** The group's value (additive) or numerator (ratio) in the current period. */
  current: number;
  comparison: number;
  /** Ratios only: the group's denominator in each period. */
  currentBase?: number;
  comparisonBase?: number;
}

export interface Contribution {
  dimension: string;
  value: string;
  /** The part of the total change this value accounts for, in the metric's unit. */
  delta: number;
  /** delta / total change: 0.8 is 80 % of the change; negative when it moved against the change. */
  share: number;
  /** The change of the dimension's other values together (total change − delta): what the share leaves unsaid. */
  others: number;
}

export interface DimensionBreakdown {
  dimension: string;
  entries: readonly BreakdownEntry[];
}

function isRatio(entries: readonly BreakdownEntry[]): boolean {
  return entries.some((e) => e.currentBase !== undefined || e.comparisonBase !== undefined);
}

/** Each value's part of the change of one dimension's breakdown, largest share first; [] when nothing changed. */
export function contributions(breakdown: DimensionBreakdown): Contribution[] {
  const { dimension, entries } = breakdown;
  let deltas: number[];
  if (isRatio(entries)) {
    const n0 = entries.reduce((sum, e) => sum + e.comparison, 0);
    const d0 = entries.reduce((sum, e) => sum + (e.comparisonBase ?? 0), 0);
    const d1 = entries.reduce((sum, e) => sum + (e.currentBase ?? 0), 0);
    if (d0 === 0 || d1 === 0) return [];
    const r0 = n0 / d0;
    deltas = entries.map((e) => ((e.current - e.comparison) - r0 * ((e.currentBase ?? 0) - (e.comparisonBase ?? 0))) / d1);
  } else {
    deltas = entries.map((e) => e.current - e.comparison);
  }
  const total = deltas.reduce((sum, d) => sum + d, 0);
  if (total === 0 || !Number.isFinite(total)) return [];
  return entries
    .map((e, i) => ({ dimension, value: e.value, delta: deltas[i]!, share: deltas[i]! / total, others: total - deltas[i]! }))
    .sort((a, b) => b.share - a.share || a.value.localeCompare(b.value));
}

/**
 * The top contributor of each dimension, the dimensions whose top value explains most first. Only values
 * that moved with the change (share > 0) are kept.
 */
export function topContributions(breakdowns: readonly DimensionBreakdown[], limit = 3): Contribution[] {
  return breakdowns
    .map((b) => contributions(b)[0])
    .filter((c): c is Contribution => c !== undefined && c.share > 0)
    .sort((a, b) => b.share - a.share || a.dimension.localeCompare(b.dimension))
    .slice(0, limit);
}

/** "segments", "regions", "countries", "sales channels": the English plural of a dimension name. */
function pluralDimension(dimension: string): string {
  const words = dimension.replace(/_/g, ' ');
  if (/[^aeiou]y$/.test(words)) return `${words.slice(0, -1)}ies`;
  return /(s|x|z|ch|sh)$/.test(words) ? `${words}es` : `${words}s`;
}

/**
 * What moved, in the metric's unit, in English or Spanish (alert texts, webhooks, digests): "+$2.3K from
 * ENTERPRISE (other segments −$700), +$1.9K from NA (other regions −$300)". Shares of the total are left out:
 * when other values moved the other way a value's share exceeds 100 %, correct but unreadable. Spanish names
 * "the rest" rather than pluralising (and gendering) a dimension name it cannot know.
 */
export function describeContributions(top: readonly Contribution[], unit: Unit, options: { locale?: string } = {}): string {
  const spanish = options.locale?.toLowerCase().startsWith('es') ?? false;
  return top.map((c) => {
    const delta = (x: number) => formatDelta(x, unit, options);
    const others = delta(c.others);
    if (spanish) return `${delta(c.delta)} de ${c.value}${others === delta(0) ? '' : ` (resto de ${c.dimension.replace(/_/g, ' ')} ${others})`}`;
    const rest = others === delta(0) ? '' : ` (other ${pluralDimension(c.dimension)} ${others})`;
    return `${delta(c.delta)} from ${c.value}${rest}`;
  }).join(', ');
}
