import type { NotificationLocale } from '../../common/localized';

/**
 * What a non-webhook channel sends for a queued event: an e-mail (subject, HTML, text) or a Slack-compatible
 * incoming-webhook body. The signed WEBHOOK kind sends the event's JSON as it is.
 */

interface EventAlert {
  ruleName?: string;
  metricKey: string;
  state: string;
  value: number | null;
  reference: number | null;
  explanation: string;
  /** Per language, for alerts raised since they were written. */
  explanations?: Record<string, string>;
  acknowledgedBy?: string | null;
  resolvedBy?: string | null;
}

interface QueuedEvent {
  type: string;
  /** A REVIEW notice, written in every language beforehand: each target reads its own. */
  messages?: Partial<Record<NotificationLocale, MailMessage>>;
  change?: string;
  alert?: EventAlert;
  subject?: string;
  html?: string;
  channel?: string;
}

export interface MailMessage {
  subject: string;
  html: string;
  text: string;
}

/** Text as HTML: whatever a user typed is shown, never interpreted. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The alert's change as words; the colour of its badge goes with it, never alone. */
const CHANGE_COLOUR: Record<string, string> = { RAISED: '#b91c1c', ACKNOWLEDGED: '#b45309', RESOLVED: '#15803d' };
const WORDS = {
  en: {
    change: { RAISED: 'Alert raised', ACKNOWLEDGED: 'Alert acknowledged', RESOLVED: 'Alert resolved' } as Record<string, string>,
    metric: 'Metric', by: 'By', testTitle: 'OpsHub test notification',
    test: (channel: string) => `This channel (${channel}) receives OpsHub alerts.`,
  },
  es: {
    change: { RAISED: 'Alerta activada', ACKNOWLEDGED: 'Alerta reconocida', RESOLVED: 'Alerta resuelta' } as Record<string, string>,
    metric: 'Métrica', by: 'Por', testTitle: 'Notificación de prueba de OpsHub',
    test: (channel: string) => `Este canal (${channel}) recibe las alertas de OpsHub.`,
  },
} satisfies Record<NotificationLocale, unknown>;

function alertLines(event: QueuedEvent, locale: NotificationLocale): { title: string; lines: string[]; colour: string } {
  const alert = event.alert!;
  const words = WORDS[locale];
  const change = event.change && event.change in CHANGE_COLOUR ? event.change : 'RAISED';
  const who = change === 'ACKNOWLEDGED' ? alert.acknowledgedBy : change === 'RESOLVED' ? alert.resolvedBy : null;
  return {
    title: `${words.change[change]}: ${alert.ruleName ?? alert.metricKey}`,
    colour: CHANGE_COLOUR[change],
    lines: [alert.explanations?.[locale] ?? alert.explanation, `${words.metric}: ${alert.metricKey}`, ...(who ? [`${words.by}: ${who}`] : [])],
  };
}

/** The message an event becomes in an e-mail, in the channel's language (a digest was written in it already). */
export function mailMessage(payload: unknown, locale: NotificationLocale = 'en'): MailMessage {
  const event = payload as QueuedEvent;
  if (event.type === 'DIGEST' && event.subject && event.html) {
    return { subject: event.subject, html: event.html, text: event.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() };
  }
  if (event.type === 'REVIEW' && event.messages) {
    const message = event.messages[locale] ?? event.messages.en;
    if (message) return message;
  }
  const words = WORDS[locale];
  const { title, lines, colour } = event.alert ? alertLines(event, locale) : { title: words.testTitle, lines: [words.test(event.channel ?? '')], colour: '#1d4ed8' };
  return noticeMail(title, lines, colour, locale);
}

/** A short notice as an e-mail: its title on a coloured badge (the words carry it), then plain paragraphs, all escaped. */
export function noticeMail(title: string, lines: readonly string[], colour: string, locale: NotificationLocale): MailMessage {
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2937;background:#ffffff">`,
    `<p style="display:inline-block;padding:4px 8px;border-radius:4px;background:${colour};color:#ffffff;font-weight:bold">${escapeHtml(title)}</p>`,
    ...lines.map((line) => `<p style="margin:8px 0">${escapeHtml(line)}</p>`),
    '</body></html>',
  ].join('\n');
  return { subject: `[OpsHub] ${title}`, html, text: [title, ...lines].join('\n') };
}

/** The body of a Slack-compatible incoming webhook: `text` for every client, with the same words as the e-mail. */
export function slackPayload(payload: unknown, locale: NotificationLocale = 'en'): { text: string } {
  const { subject, text } = mailMessage(payload, locale);
  const event = payload as QueuedEvent;
  // A digest's text is its whole HTML flattened; its subject says what it is.
  return { text: event.type === 'DIGEST' ? subject : text };
}
