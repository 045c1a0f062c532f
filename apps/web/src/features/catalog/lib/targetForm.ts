import { z } from '../../../shared/forms/zod';
import { TARGET_KINDS, type UnitKind } from '@opshub/metrics';
import type { Translate } from '../../../shared/i18n';
import { zonedDayStart } from '../../../shared/url/viewState';

/** Percent metrics are stored as fractions (0.3) and typed as people say them (30 %). */
export const unitScale = (kind: UnitKind) => (kind === 'PERCENT' ? 100 : 1);

/** The calendar day (YYYY-MM-DD) of an instant in the organisation's time zone, for a date input. */
export function zonedDate(at: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function targetSchema(t: Translate) {
  const number = z.string().trim().min(1, t('form.required')).refine((text) => Number.isFinite(Number(text)), t('catalog.error.number'));
  return z
    .object({
      kind: z.enum(TARGET_KINDS),
      value: number,
      tolerance: number.refine((text) => Number(text) >= 0 && Number(text) <= 100, t('catalog.error.tolerance')),
      effectiveFrom: z.string().regex(DAY, t('form.required')),
      effectiveTo: z.string().refine((text) => text === '' || DAY.test(text), t('catalog.error.date')),
    })
    .refine((form) => form.effectiveTo === '' || form.effectiveTo > form.effectiveFrom, { path: ['effectiveTo'], message: t('catalog.error.endAfterStart') });
}

export type TargetForm = z.infer<ReturnType<typeof targetSchema>>;

/** The form's value in the metric's stored scale, or null while it is not a number. */
export function previewValue(text: string | undefined, kind: UnitKind): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value / unitScale(kind) : null;
}

export function toTargetInput(form: TargetForm, metricKey: string, unitKind: UnitKind, timeZone: string, id: string | null) {
  return {
    id,
    metricKey,
    kind: form.kind,
    value: Number(form.value) / unitScale(unitKind),
    tolerance: Number(form.tolerance) / 100,
    effectiveFrom: zonedDayStart(form.effectiveFrom, timeZone).toISOString(),
    effectiveTo: form.effectiveTo ? zonedDayStart(form.effectiveTo, timeZone).toISOString() : null,
  };
}
