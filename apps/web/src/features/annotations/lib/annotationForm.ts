import { z } from '../../../shared/forms/zod';
import { fromZonedParts, toZonedParts } from '@opshub/metrics';

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Messages are i18n keys (goals.annotation.error.*). Times are `datetime-local` values in the organisation's zone. */
export const annotationFormSchema = z
  .object({
    title: z.string().trim().min(1, 'goals.annotation.error.title').max(200, 'goals.annotation.error.title'),
    description: z.string().trim().max(4000, 'goals.annotation.error.description'),
    at: z.string().regex(LOCAL, 'goals.annotation.error.date'),
    endAt: z.string().refine((value) => value === '' || LOCAL.test(value), 'goals.annotation.error.date'),
  })
  .refine((a) => a.endAt === '' || !LOCAL.test(a.at) || a.endAt >= a.at, { path: ['endAt'], message: 'goals.annotation.error.endBeforeAt' });

export type AnnotationFormValues = z.infer<typeof annotationFormSchema>;

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value in the time zone (to the minute). */
export function toLocalInput(epochMs: number, timeZone: string): string {
  const p = toZonedParts(new Date(epochMs), timeZone);
  return `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A `datetime-local` value in the time zone as an ISO instant. */
export function fromLocalInput(value: string, timeZone: string): string {
  const [date, time] = value.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return fromZonedParts({ year, month, day, hour, minute, second: 0, millisecond: 0 }, timeZone).toISOString();
}
