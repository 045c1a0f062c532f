import { describe, expect, it } from 'vitest';
import { formatDateTime, formatValue, type Unit } from '@opshub/metrics';
import type { AuditEventFieldsFragment } from '../../../gql/graphql';
import type { Formatters } from '../../../shared/format/useFormat';
import { createTranslator } from '../../../shared/i18n/dictionaries';
import { changedFields, describeChange } from './describeChange';

function formatters(locale: string): Formatters {
  return {
    locale,
    timeZone: 'Europe/Madrid',
    value: (value, unit) => formatValue(value, unit as Unit, { locale }),
    change: () => '',
    dateTime: (value, style = 'datetime') => formatDateTime(new Date(value), { locale, timeZone: 'Europe/Madrid', style }),
  };
}

const event = (overrides: Partial<AuditEventFieldsFragment>): AuditEventFieldsFragment => ({
  __typename: 'AuditEvent', id: '1', at: '2026-12-03T10:00:00Z', actorKind: 'USER', actorId: 'u', actorName: 'Ana Ruiz', action: 'UPDATE',
  objectType: 'TARGET', objectId: 't', objectLabel: 'Win rate: PLAN', department: 'SALES', metricKey: 'sales.win_rate', before: null, after: null, ...overrides,
});

const PERCENT = { kind: 'PERCENT' } as const;

describe('describeChange', () => {
  const targetChange = event({ before: { value: 0.25 }, after: { value: 0.3 } });
  it.each([
    ['en', 'Target 25% → 30% by Ana Ruiz, Dec 3, 2026', targetChange],
    ['es', 'Objetivo 25\u00a0% → 30\u00a0%, por Ana Ruiz, 3 dic 2026', targetChange],
    ['en', 'Target set to 30% by Ana Ruiz, Dec 3, 2026', event({ action: 'CREATE', after: { value: 0.3 } })],
    ['en', 'Target 30% removed by Ana Ruiz, Dec 3, 2026', event({ action: 'DELETE', before: { value: 0.3 } })],
    ['en', 'Alert rule “Drop” paused by Ana Ruiz, Dec 3, 2026', event({ objectType: 'ALERT_RULE', objectLabel: 'Drop', before: { active: true }, after: { active: false } })],
    ['en', 'User “a@b.c” disabled by Ana Ruiz, Dec 3, 2026', event({ objectType: 'USER', objectLabel: 'a@b.c', before: { disabledAt: null }, after: { disabledAt: '2026-12-03' } })],
    [
      'en',
      'Metric “Win rate” changed: name, review cadence by Ana Ruiz, Dec 3, 2026',
      event({ objectType: 'METRIC', objectLabel: 'Win rate', before: { name: 'x', reviewCadence: null }, after: { name: 'Win rate', reviewCadence: 'MONTHLY' } }),
    ],
    [
      'es',
      'Meta «Plan»: cambios en valor final, hitos, por Ana Ruiz, 3 dic 2026',
      event({ objectType: 'GOAL', objectLabel: 'Plan', before: { endValue: 60, milestones: [] }, after: { endValue: 300, milestones: [{ value: 120 }] } }),
    ],
    // A kind of object this page does not know yet (another module's) is still named readably.
    ['en', 'Notification channel “<b>ops</b>” created by Ana Ruiz, Dec 3, 2026', event({ objectType: 'NOTIFICATION_CHANNEL', objectLabel: '<b>ops</b>', action: 'CREATE', after: {} })],
  ] as const)('%s: %s', (language, expected, change) => {
    expect(describeChange(change, createTranslator(language), formatters(language === 'en' ? 'en-US' : 'es-ES'), PERCENT)).toBe(expected);
  });

  it('shows a target as stored where the unit is not known (the trail of every metric)', () => {
    expect(describeChange(targetChange, createTranslator('en'), formatters('en-US'))).toBe('Target 0.25 → 0.3 by Ana Ruiz, Dec 3, 2026');
  });

  it('ignores what did not change', () => {
    expect(changedFields({ a: 1, b: [1], updatedAt: 'x' }, { a: 1, b: [1], updatedAt: 'y' })).toEqual([]);
    expect(changedFields(null, { a: 1 })).toEqual([]);
  });
});
