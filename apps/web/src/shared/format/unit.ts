import type { Unit } from '@opshub/metrics';
import type { UnitKind } from '../../gql/graphql';

/** The GraphQL `Unit` (nullable fields) as the domain `Unit` (optional fields) expected by @opshub/metrics. */
export interface GqlUnit {
  kind: UnitKind;
  currency?: string | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
}

export function toUnit(unit: GqlUnit): Unit {
  const result: Unit = { kind: unit.kind };
  if (unit.currency != null) result.currency = unit.currency;
  if (unit.scaleMin != null) result.scaleMin = unit.scaleMin;
  if (unit.scaleMax != null) result.scaleMax = unit.scaleMax;
  return result;
}

export const PERCENT_UNIT: Unit = { kind: 'PERCENT' };

/** Which values read on one axis: the same kind, and the same currency or scale (an amount in USD is not one in EUR). */
export function unitKey(unit: GqlUnit): string {
  return [unit.kind, unit.currency, unit.scaleMin, unit.scaleMax].filter((part) => part != null).join(':');
}
