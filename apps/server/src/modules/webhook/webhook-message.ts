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
  acknowledgedBy?: string | null;
  resolvedBy?: string | null;
}

interface QueuedEvent {
  type: string;
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

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The alert's change as words; the colour of its badge goes with it, never alone. */
const CHANGE_STYLE: Record<string, { label: string; colour: string }> = {
  RAISED: { label: 'Alert raised', colour: '#b91c1c' },
  ACKNOWLEDGED: { label: 'Alert acknowledged', colour: '#b45309' },
  RESOLVED: { label: 'Alert resolved', colour: '#15803d' },
};

function alertLines(event: QueuedEvent): { title: string; lines: string[]; colour: string } {
  const alert = event.alert!;
  const style = CHANGE_STYLE[event.change ?? 'RAISED'] ?? CHANGE_STYLE.RAISED;
  const who = event.change === 'ACKNOWLEDGED' ? alert.acknowledgedBy : event.change === 'RESOLVED' ? alert.resolvedBy : null;
  return {
    title: `${style.label}: ${alert.ruleName ?? alert.metricKey}`,
    colour: style.colour,
    lines: [alert.explanation, `Metric: ${alert.metricKey}`, ...(who ? [`By: ${who}`] : [])],
  };
}

/** The message an event becomes in an e-mail. */
export function mailMessage(payload: unknown): MailMessage {
  const event = payload as QueuedEvent;
  if (event.type === 'DIGEST' && event.subject && event.html) {
    return { subject: event.subject, html: event.html, text: event.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() };
  }
  const { title, lines, colour } = event.alert ? alertLines(event) : { title: 'OpsHub test notification', lines: [`This channel (${event.channel ?? ''}) receives OpsHub alerts.`], colour: '#1d4ed8' };
  const html = [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2937;background:#ffffff">',
    `<p style="display:inline-block;padding:4px 8px;border-radius:4px;background:${colour};color:#ffffff;font-weight:bold">${escape(title)}</p>`,
    ...lines.map((line) => `<p style="margin:8px 0">${escape(line)}</p>`),
    '</body></html>',
  ].join('\n');
  return { subject: `[OpsHub] ${title}`, html, text: [title, ...lines].join('\n') };
}

/** The body of a Slack-compatible incoming webhook: `text` for every client, with the same words as the e-mail. */
export function slackPayload(payload: unknown): { text: string } {
  const { subject, text } = mailMessage(payload);
  const event = payload as QueuedEvent;
  // A digest's text is its whole HTML flattened; its subject says what it is.
  return { text: event.type === 'DIGEST' ? subject : text };
}
