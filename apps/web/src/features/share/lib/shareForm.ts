import { z } from '../../../shared/forms/zod';

/** The expiries offered, in days: a day for an event, up to the longest a link may last (a year). */
export const SHARE_EXPIRIES = ['1', '7', '30', '90', '365'] as const;
export const MAX_LABEL_LENGTH = 100;

export const shareFormSchema = z.object({
  expiry: z.enum(SHARE_EXPIRIES),
  label: z.string().trim().max(MAX_LABEL_LENGTH, 'share.labelTooLong'),
});
export type ShareFormValues = z.infer<typeof shareFormSchema>;

/** When a link made now with this expiry stops working. */
export function expiresAt(expiry: ShareFormValues['expiry'], now: Date = new Date()): string {
  return new Date(now.getTime() + Number(expiry) * 24 * 3600_000).toISOString();
}

/** The address of the shared page: the app's origin, /share/ and the token. */
export function shareUrl(token: string, origin: string = window.location.origin): string {
  return `${origin}/share/${encodeURIComponent(token)}`;
}
