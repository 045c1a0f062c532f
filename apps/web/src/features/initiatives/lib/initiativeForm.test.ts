import { describe, expect, it } from 'vitest';
import { formatValue } from '@opshub/metrics';
import type { Formatters } from '../../../shared/format/useFormat';
import { createTranslator } from '../../../shared/i18n/dictionaries';
import { paybackText, roiText } from '../components/economics';
import { initiativeFormSchema, initiativeFormValues } from './initiativeForm';

const valid = { ...initiativeFormValues(null, '2026-10-01'), name: 'Invoice automation', ownerUserId: 'u1', plannedInvestment: 30_000, expectedAnnualSaving: 60_000 };

describe('initiativeFormSchema', () => {
  it('accepts a complete initiative', () => {
    expect(initiativeFormSchema.safeParse(valid).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a negative investment', { plannedInvestment: -1 }, 'plannedInvestment', 'plan.error.amount'],
    ['an empty amount', { expectedAnnualSaving: Number.NaN }, 'expectedAnnualSaving', 'plan.error.amount'],
    ['no owner', { ownerUserId: '' }, 'ownerUserId', 'plan.error.owner'],
    ['no name', { name: '   ' }, 'name', 'plan.error.name'],
    ['no date', { startDate: '' }, 'startDate', 'plan.error.date'],
  ])('rejects %s beside its field', (_case, overrides, field, message) => {
    const result = initiativeFormSchema.safeParse({ ...valid, ...overrides });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([[field, message]]);
  });
});

describe('economics text', () => {
  const format = (locale: string) => ({ locale, value: (value: number | null | undefined, unit: never) => formatValue(value ?? null, unit, { locale }) }) as unknown as Formatters;

  it.each([
    ['en', { value: 2.5, reason: null }, { value: 4.8, reason: null }, '250%', '4.8 months'],
    ['es', { value: 2.5, reason: null }, { value: 4.8, reason: null }, '250\u00a0%', '4,8 meses'],
    ['en', { value: 0, reason: null }, { value: null, reason: 'NO_SAVING' }, '0%', 'Never pays back'],
    ['es', { value: null, reason: 'NO_INVESTMENT' }, { value: 0, reason: null }, 'Sin inversión', '0 meses'],
    // Saving booked but nothing spent yet: the actual payback is not known, never "0 months".
    ['en', { value: null, reason: 'NO_INVESTMENT' }, { value: null, reason: 'NO_SPEND_YET' }, 'No investment', 'Not known yet: nothing spent'],
    ['es', { value: null, reason: 'NO_INVESTMENT' }, { value: null, reason: 'NO_SPEND_YET' }, 'Sin inversión', 'Aún no se sabe: nada gastado'],
  ] as const)('%s: ROI %o, payback %o', (language, roi, payback, roiShown, paybackShown) => {
    const t = createTranslator(language);
    expect(roiText(t, format(language === 'es' ? 'es-ES' : 'en-US'), roi)).toBe(roiShown);
    expect(paybackText(t, format(language === 'es' ? 'es-ES' : 'en-US'), payback)).toBe(paybackShown);
  });
});
