import { parseFormula, type FormulaNode } from './formula';
import type { Aggregation, Direction, Unit, UnitKind } from './types';

/**
 * What values a metric can take, derived from its definition, so forecasts, bands, projections and chart axes
 * never show the impossible (a win rate of −78 %, an uptime of 100.56 %, a negative lead count).
 *
 * A bound is ±Infinity when the definition does not fix it.
 */
export interface ValueDomain {
  min: number;
  max: number;
}

/** The parts of a metric definition the domain follows from. */
export interface DomainDefinition {
  unit: Pick<Unit, 'kind'> & Partial<Pick<Unit, 'scaleMin' | 'scaleMax'>>;
  aggregation: Aggregation;
  direction: Direction;
  formula?: string | null;
}

export const UNBOUNDED: ValueDomain = { min: -Infinity, max: Infinity };
const NON_NEGATIVE: ValueDomain = { min: 0, max: Infinity };
const SHARE: ValueDomain = { min: 0, max: 1 };

/**
 * Counts and durations cannot be negative, nor can a ratio or multiplier of them. A PERCENT observed directly
 * (growth, a gain) can be anything; one computed as a share is bounded by its formula (see valueDomain).
 */
const UNIT_DOMAINS: Record<Exclude<UnitKind, 'SCORE' | 'CURRENCY'>, ValueDomain> = {
  COUNT: NON_NEGATIVE,
  DAYS: NON_NEGATIVE,
  HOURS: NON_NEGATIVE,
  MINUTES: NON_NEGATIVE,
  SECONDS: NON_NEGATIVE,
  RATIO: NON_NEGATIVE,
  MULTIPLIER: NON_NEGATIVE,
  PERCENT: UNBOUNDED,
};

/**
 * The bounds of the unit alone. A score lies on its scale. Money is never negative as a stock (LAST: ARR,
 * pipeline) or as a cost (LOWER_IS_BETTER: spend, CAC); other money flows may be net figures (operating income).
 */
function unitDomain(definition: DomainDefinition): ValueDomain {
  const { unit } = definition;
  if (unit.kind === 'SCORE') return { min: unit.scaleMin ?? -Infinity, max: unit.scaleMax ?? Infinity };
  // A percent observed directly is bounded only where its definition says so (a margin never exceeds 100 %).
  if (unit.kind === 'PERCENT' && (unit.scaleMin !== undefined || unit.scaleMax !== undefined)) {
    return { min: unit.scaleMin ?? -Infinity, max: unit.scaleMax ?? Infinity };
  }
  if (unit.kind === 'CURRENCY') {
    return definition.aggregation === 'LAST' || definition.direction === 'LOWER_IS_BETTER' ? NON_NEGATIVE : UNBOUNDED;
  }
  return UNIT_DOMAINS[unit.kind];
}

// 0 × ∞ is 0 here: a bound of zero times an unbounded factor stays zero.
const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : a * b);

function multiply(a: ValueDomain, b: ValueDomain): ValueDomain {
  const products = [times(a.min, b.min), times(a.min, b.max), times(a.max, b.min), times(a.max, b.max)];
  return { min: Math.min(...products), max: Math.max(...products) };
}

function divide(a: ValueDomain, b: ValueDomain): ValueDomain {
  if (b.min === b.max && b.min !== 0) return multiply(a, { min: 1 / b.min, max: 1 / b.min });
  // A quotient by something that may be arbitrarily close to zero keeps only its sign.
  if (b.min >= 0 || b.max <= 0) {
    const sameSign = b.min >= 0 ? a.min >= 0 : a.max <= 0;
    const oppositeSign = b.min >= 0 ? a.max <= 0 : a.min >= 0;
    if (sameSign) return NON_NEGATIVE;
    if (oppositeSign) return { min: -Infinity, max: 0 };
  }
  return UNBOUNDED;
}

function intersect(a: ValueDomain, b: ValueDomain): ValueDomain {
  return { min: Math.max(a.min, b.min), max: Math.min(a.max, b.max) };
}

type Lookup = (key: string) => DomainDefinition | null | undefined;

/**
 * The domain of a metric: its unit's bounds, narrowed for a derived metric by interval arithmetic over its
 * formula, each input at its own domain (unknown inputs unbounded).
 *
 * One rule goes beyond arithmetic: in a PERCENT metric, `a / b` of two non-negative inputs of the same unit kind
 * (won deals of closed deals, up minutes of monitored minutes) is a share of a whole, between 0 and 1. Scaled
 * (`365 * a / b`, an annualised rate) or of different kinds (profit over revenue) it is not.
 */
export function valueDomain(definition: DomainDefinition, lookup: Lookup = () => null, seen: ReadonlySet<DomainDefinition> = new Set()): ValueDomain {
  const own = unitDomain(definition);
  if (!definition.formula || seen.has(definition)) return own;
  const path = new Set(seen).add(definition);
  const inputDomain = (key: string) => {
    const input = lookup(key);
    return input ? valueDomain(input, lookup, path) : UNBOUNDED;
  };
  const isShare = (node: Extract<FormulaNode, { type: 'binary' }>) => {
    if (definition.unit.kind !== 'PERCENT' || node.left.type !== 'metric' || node.right.type !== 'metric') return false;
    const [part, whole] = [lookup(node.left.key), lookup(node.right.key)];
    return !!part && !!whole && part.unit.kind === whole.unit.kind
      && inputDomain(node.left.key).min >= 0 && inputDomain(node.right.key).min >= 0;
  };
  const walk = (node: FormulaNode): ValueDomain => {
    switch (node.type) {
      case 'number':
        return { min: node.value, max: node.value };
      case 'metric':
        return inputDomain(node.key);
      case 'negate': {
        const { min, max } = walk(node.operand);
        // 0 − x rather than −x: no −0 bounds.
        return { min: 0 - max, max: 0 - min };
      }
      case 'binary': {
        if (node.operator === '/' && isShare(node)) return SHARE;
        const [left, right] = [walk(node.left), walk(node.right)];
        if (node.operator === '+') return { min: left.min + right.min, max: left.max + right.max };
        if (node.operator === '-') return { min: left.min - right.max, max: left.max - right.min };
        return node.operator === '*' ? multiply(left, right) : divide(left, right);
      }
    }
  };
  let derived: ValueDomain;
  try {
    derived = walk(parseFormula(definition.formula));
  } catch {
    return own;
  }
  const domain = intersect(own, derived);
  // Contradictory bounds mean the definition is inconsistent; the unit's own bounds are the safer claim.
  return domain.min <= domain.max ? domain : own;
}

/** The value moved into the domain (a forecast of −3 leads is 0 leads). */
export function clampToDomain(value: number, domain: ValueDomain): number {
  return Math.min(domain.max, Math.max(domain.min, value));
}

export interface AxisScale {
  min: number;
  max: number;
  step: number;
  /** The tick values from min to max, every one a multiple of step. */
  ticks: number[];
}

// Round steps: 1, 2, 2.5 and 5 times a power of ten (2.5 so that a share splits into quarters: 0/25/50/75/100 %).
const NICE_FACTORS = [1, 2, 2.5, 5, 10] as const;

/** The smallest round step of at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) throw new RangeError(`step must be a finite number > 0, got ${rough}`);
  const power = 10 ** Math.floor(Math.log10(rough));
  const factor = NICE_FACTORS.find((candidate) => candidate * power >= rough * (1 - 1e-12))!;
  return factor * power;
}

// Rounding to the step's own decimals keeps ticks such as 0.30000000000000004 out of the labels.
const roundTo = (value: number, step: number) => {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(decimals));
};

/**
 * A y-axis for values from `low` to `high`: round ticks, at most `maxTicks` intervals, bounds on the tick grid and
 * within the metric's domain (bounded domains end on round values: 0, 1, a score's scale). A flat series gets a
 * span around its value; an empty one the domain's natural start.
 */
export function axisScale(low: number, high: number, domain: ValueDomain = UNBOUNDED, maxTicks = 5): AxisScale {
  if (!Number.isInteger(maxTicks) || maxTicks < 1) throw new RangeError(`maxTicks must be an integer ≥ 1, got ${maxTicks}`);
  let from = clampToDomain(Math.min(low, high), domain);
  let to = clampToDomain(Math.max(low, high), domain);
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    from = Number.isFinite(domain.min) ? domain.min : 0;
    to = Number.isFinite(domain.max) ? domain.max : from + 1;
  }
  if (from === to) {
    const pad = Math.abs(from) / 10 || 1;
    [from, to] = [clampToDomain(from - pad, domain), clampToDomain(to + pad, domain)];
  }
  let step = niceStep((to - from) / maxTicks);
  let min = Math.floor(from / step) * step;
  let max = Math.ceil(to / step) * step;
  // Widening to the grid can add an interval at each end; a coarser step then keeps within maxTicks.
  while (Math.round((max - min) / step) > maxTicks) {
    step = niceStep(step * 1.01);
    min = Math.floor(from / step) * step;
    max = Math.ceil(to / step) * step;
  }
  min = Math.max(roundTo(min, step), domain.min);
  max = Math.min(roundTo(max, step), domain.max);
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step - 1e-9) * step; tick <= max + step * 1e-9; tick += step) ticks.push(roundTo(tick, step));
  return { min, max, step, ticks };
}
