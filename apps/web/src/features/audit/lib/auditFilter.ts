import { z } from '../../../shared/forms/zod';
import type { AuditEventFilter } from '../../../gql/graphql';
import { zonedDayStart } from '../../../shared/url/viewState';

export const AUDIT_OBJECT_TYPES = ['METRIC', 'TARGET', 'GOAL', 'ALERT_RULE', 'WEBHOOK_ENDPOINT', 'NOTIFICATION_CHANNEL', 'USER', 'API_KEY', 'SLA_POLICY', 'DIGEST_SUBSCRIPTION', 'ANNOTATION', 'ORGANIZATION',
  'DASHBOARD', 'SHARE_LINK', 'SQL_CONNECTION', 'SQL_SOURCE', 'IMPORT_MAPPING'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter form: days as the date inputs give them (YYYY-MM-DD, or empty for no bound). */
export const auditFilterSchema = z
  .object({
    objectType: z.string(),
    actorId: z.string(),
    from: z.string().refine((value) => value === '' || DAY.test(value), { message: 'admin.audit.badDate' }),
    to: z.string().refine((value) => value === '' || DAY.test(value), { message: 'admin.audit.badDate' }),
  })
  .refine((form) => !form.from || !form.to || form.from <= form.to, { path: ['to'], message: 'admin.audit.toBeforeFrom' });

export type AuditFilterForm = z.infer<typeof auditFilterSchema>;

export const NO_FILTER: AuditFilterForm = { objectType: '', actorId: '', from: '', to: '' };

/** The end of a day (YYYY-MM-DD) in `timeZone`: the start of the next one. */
export function zonedDayEnd(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return zonedDayStart(new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10), timeZone);
}

/** The server's filter: whole days in the organisation's zone, `to` inclusive (up to the next midnight). */
export function toAuditFilter(form: AuditFilterForm, timeZone: string): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (form.objectType) filter.objectType = form.objectType;
  if (form.actorId) filter.actorId = form.actorId;
  if (form.from) filter.from = zonedDayStart(form.from, timeZone).toISOString();
  if (form.to) filter.to = zonedDayEnd(form.to, timeZone).toISOString();
  return filter;
}
