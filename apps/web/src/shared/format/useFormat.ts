import { useMemo } from 'react';
import { formatChange, formatDateTime, formatValue } from '@opshub/metrics';
import { useI18n } from '../i18n/useI18n';
import { useTimeZone } from './TimeZoneContext';
import { toUnit, type GqlUnit } from './unit';

export type DateStyle = 'date' | 'datetime' | 'relative';

export interface Formatters {
  locale: string;
  timeZone: string;
  value: (value: number | null | undefined, unit: GqlUnit, options?: { compact?: boolean }) => string;
  change: (change: number | null, changeRatio: number | null, unit: GqlUnit) => string;
  dateTime: (value: string | Date, style?: DateStyle, now?: Date) => string;
}

/** Every number and date in the app goes through @opshub/metrics with the active locale and the org time zone. */
export function useFormat(): Formatters {
  const { locale } = useI18n();
  const timeZone = useTimeZone();
  return useMemo<Formatters>(
    () => ({
      locale,
      timeZone,
      value: (value, unit, options) => formatValue(value, toUnit(unit), { locale, compact: options?.compact ?? false }),
      change: (change, changeRatio, unit) => formatChange(change, changeRatio, toUnit(unit), { locale }),
      dateTime: (value, style = 'datetime', now) =>
        formatDateTime(typeof value === 'string' ? new Date(value) : value, { locale, timeZone, style, now }),
    }),
    [locale, timeZone],
  );
}
