import type { EconomicsGap } from '../../../gql/graphql';
import type { Formatters } from '../../../shared/format/useFormat';
import type { Translate } from '../../../shared/i18n';

export interface Figure {
  value?: number | null;
  reason?: EconomicsGap | null;
}

export const USD = { kind: 'CURRENCY', currency: 'USD' } as const;
const PERCENT = { kind: 'PERCENT' } as const;

/** ROI as a percentage, or why there is none (never a huge number). */
export function roiText(t: Translate, format: Formatters, figure: Figure): string {
  if (figure.value == null) return t(`plan.gap.${figure.reason ?? 'NO_INVESTMENT'}`);
  return format.value(figure.value, PERCENT);
}

/** Payback in months to one decimal, or why it never comes. */
export function paybackText(t: Translate, format: Formatters, figure: Figure): string {
  if (figure.value == null) return t(`plan.gap.${figure.reason ?? 'NO_SAVING'}`);
  const months = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(figure.value);
  return t('plan.months', { months });
}
