import { z } from '../../../shared/forms/zod';
import { MAX_EXPECTED_INTERVAL_MINUTES } from '@opshub/metrics';
import type { SqlConnectionInput, SqlSourceFieldsFragment, SqlSourceInput } from '../../../gql/graphql';

/** Messages are i18n keys; the server checks everything again and its errors land on the fields they name. */
const POSTGRES_URL = /^postgres(ql)?:\/\/\S+$/;

export function connectionSchema(creating: boolean) {
  return z.object({
    name: z.string().trim().min(1, 'form.required').max(120, 'sources.error.tooLong'),
    connectionString: z
      .string()
      .trim()
      .refine((s) => (s === '' ? !creating : POSTGRES_URL.test(s)), { message: 'sources.error.connectionString' }),
  });
}

export type ConnectionFormValues = z.infer<ReturnType<typeof connectionSchema>>;

/** On update an empty connection string keeps the stored one (it is never shown, only replaced). */
export function toConnectionInput(v: ConnectionFormValues): SqlConnectionInput {
  return { name: v.name.trim(), connectionString: v.connectionString.trim() || null };
}

export const sourceSchema = z
  .object({
    metricKey: z.string().min(1, 'form.required'),
    connectionId: z.string().min(1, 'form.required'),
    query: z.string().trim().min(1, 'form.required'),
    timeColumn: z.string().trim().min(1, 'form.required'),
    valueColumn: z.string().trim().min(1, 'form.required'),
    /** Comma-separated column names. */
    dimensionColumns: z.string(),
    schedule: z.enum(['EVERY', 'CRON']),
    everyMinutes: z.string().trim(),
    cron: z.string().trim(),
    active: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const minutes = Number(v.everyMinutes);
    if (v.schedule === 'EVERY' && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_EXPECTED_INTERVAL_MINUTES)) {
      ctx.addIssue({ code: 'custom', path: ['everyMinutes'], message: 'sources.error.everyMinutes' });
    }
    if (v.schedule === 'CRON' && v.cron === '') ctx.addIssue({ code: 'custom', path: ['cron'], message: 'form.required' });
  });

export type SourceFormValues = z.infer<typeof sourceSchema>;

export const NEW_SOURCE_QUERY = 'SELECT at, amount, region\nFROM sales\nWHERE at > $1\nORDER BY at';

export function toSourceFormValues(source: SqlSourceFieldsFragment | null, connectionId: string): SourceFormValues {
  return {
    metricKey: source?.metricKey ?? '',
    connectionId: source?.connectionId ?? connectionId,
    query: source?.query ?? NEW_SOURCE_QUERY,
    timeColumn: source?.timeColumn ?? 'at',
    valueColumn: source?.valueColumn ?? 'amount',
    dimensionColumns: source ? source.dimensionColumns.join(', ') : 'region',
    schedule: source?.cron ? 'CRON' : 'EVERY',
    everyMinutes: String(source?.everyMinutes ?? 15),
    cron: source?.cron ?? '',
    active: source?.active ?? true,
  };
}

export function toSourceInput(v: SourceFormValues): SqlSourceInput {
  return {
    metricKey: v.metricKey,
    connectionId: v.connectionId,
    query: v.query.trim(),
    timeColumn: v.timeColumn.trim(),
    valueColumn: v.valueColumn.trim(),
    dimensionColumns: v.dimensionColumns.split(',').map((c) => c.trim()).filter(Boolean),
    everyMinutes: v.schedule === 'EVERY' ? Number(v.everyMinutes) : null,
    cron: v.schedule === 'CRON' ? v.cron.trim() : null,
    active: v.active,
  };
}
