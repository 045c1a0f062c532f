import { z } from '../../../shared/forms/zod';
import type { ChannelFieldsFragment, ChannelInput, ChannelKind, Department } from '../../../gql/graphql';

export const CHANNEL_KINDS = ['EMAIL', 'SLACK', 'WEBHOOK'] as const satisfies readonly ChannelKind[];
/** The languages the server writes e-mail and Slack messages in. */
export const CHANNEL_LOCALES = ['en', 'es'] as const;

/** Addresses typed one per line or separated by commas or semicolons. */
export function splitRecipients(text: string): string[] {
  return text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** The channel form; messages are i18n keys. The server checks again (reachable URL, permissions). */
export const channelFormSchema = z
  .object({
    name: z.string().trim().min(1, 'form.required').max(200, 'rules.error.tooLong'),
    kind: z.enum(CHANNEL_KINDS),
    department: z.string(),
    url: z.string().trim(),
    recipients: z.string(),
    active: z.boolean(),
    locale: z.enum(CHANNEL_LOCALES),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'EMAIL') {
      const list = splitRecipients(v.recipients);
      if (list.length === 0) ctx.addIssue({ code: 'custom', path: ['recipients'], message: 'form.required' });
      else if (list.some((r) => !EMAIL.test(r))) ctx.addIssue({ code: 'custom', path: ['recipients'], message: 'rules.channel.error.email' });
    } else if (!/^https?:\/\/\S+$/i.test(v.url)) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'rules.channel.error.url' });
    }
  });

export type ChannelFormValues = z.infer<typeof channelFormSchema>;

export function toChannelInput(v: ChannelFormValues): ChannelInput {
  return {
    name: v.name.trim(), kind: v.kind, department: (v.department || null) as Department | null, active: v.active, locale: v.locale,
    url: v.kind === 'EMAIL' ? null : v.url.trim(), recipients: v.kind === 'EMAIL' ? splitRecipients(v.recipients) : null,
  };
}

export function toChannelFormValues(channel: ChannelFieldsFragment | null, department: string, language: 'en' | 'es'): ChannelFormValues {
  return {
    locale: channel ? (channel.locale === 'es' ? 'es' : 'en') : language,
    name: channel?.name ?? '', kind: channel?.kind ?? 'EMAIL', department: channel ? (channel.department ?? '') : department,
    url: channel?.url ?? '', recipients: channel?.recipients.join(', ') ?? '', active: channel?.active ?? true,
  };
}
