import { formatDateTime, type ReviewCadence } from '@opshub/metrics';
import { NOTIFICATION_LOCALES, type NotificationLocale } from '../../common/localized';
import { noticeMail, type MailMessage } from '../webhook/webhook-message';

export const REVIEW_NOTICE_KINDS = ['REVIEW_OPENED', 'REVIEW_OVERDUE', 'ACTION_ASSIGNED', 'ACTION_OVERDUE'] as const;
export type ReviewNoticeKind = (typeof REVIEW_NOTICE_KINDS)[number];

/** What a notice is about, with its names in every language it is written in. */
export interface ReviewNoticeContent {
  kind: ReviewNoticeKind;
  subjectName: Record<NotificationLocale, string>;
  cadence: ReviewCadence;
  period: { from: Date; to: Date };
  dueBy: Date;
  timeZone: string;
  /** An action item's: what is to be done, the KPI it is about and the local date it is due. */
  item?: { text: string; metricName: Record<NotificationLocale, string>; dueDate: string };
}

const COLOUR: Record<ReviewNoticeKind, string> = { REVIEW_OPENED: '#1d4ed8', ACTION_ASSIGNED: '#1d4ed8', REVIEW_OVERDUE: '#b91c1c', ACTION_OVERDUE: '#b91c1c' };

const WORDS = {
  en: {
    cadence: { DAILY: 'daily', WEEKLY: 'weekly', MONTHLY: 'monthly', QUARTERLY: 'quarterly', ANNUAL: 'annual' },
    REVIEW_OPENED: {
      title: (name: string, cadence: string) => `Review open: ${name} (${cadence} review)`,
      lines: (name: string, cadence: string, period: string, due: string) => [`Your ${cadence} review of ${name} is open for ${period}.`, `Complete it by ${due}.`],
    },
    REVIEW_OVERDUE: {
      title: (name: string) => `Review overdue: ${name}`,
      lines: (name: string, cadence: string, period: string, due: string) => [`Your ${cadence} review of ${name} for ${period} was due by ${due} and is not completed.`],
    },
    ACTION_ASSIGNED: {
      title: (excerpt: string) => `Action item for you: ${excerpt}`,
      intro: (name: string, cadence: string) => `You own an action item from the ${cadence} review of ${name}:`,
    },
    ACTION_OVERDUE: {
      title: (excerpt: string) => `Action item overdue: ${excerpt}`,
      intro: (name: string, cadence: string) => `An action item you own from the ${cadence} review of ${name} is past its due date and still open:`,
    },
    kpi: 'KPI', due: 'Due',
  },
  es: {
    cadence: { DAILY: 'diaria', WEEKLY: 'semanal', MONTHLY: 'mensual', QUARTERLY: 'trimestral', ANNUAL: 'anual' },
    REVIEW_OPENED: {
      title: (name: string, cadence: string) => `Revisión abierta: ${name} (revisión ${cadence})`,
      lines: (name: string, cadence: string, period: string, due: string) => [`Tu revisión ${cadence} de ${name} está abierta para ${period}.`, `Complétala antes del ${due}.`],
    },
    REVIEW_OVERDUE: {
      title: (name: string) => `Revisión vencida: ${name}`,
      lines: (name: string, cadence: string, period: string, due: string) => [`Tu revisión ${cadence} de ${name} para ${period} vencía el ${due} y no está completada.`],
    },
    ACTION_ASSIGNED: {
      title: (excerpt: string) => `Acción asignada: ${excerpt}`,
      intro: (name: string, cadence: string) => `Tienes una acción de la revisión ${cadence} de ${name}:`,
    },
    ACTION_OVERDUE: {
      title: (excerpt: string) => `Acción vencida: ${excerpt}`,
      intro: (name: string, cadence: string) => `Una acción tuya de la revisión ${cadence} de ${name} ha pasado su fecha límite y sigue abierta:`,
    },
    kpi: 'KPI', due: 'Vence',
  },
} satisfies Record<NotificationLocale, unknown>;

/** What someone typed, on one line and short enough for a subject. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** The notice as an e-mail in one language: plain text, escaped in its HTML. */
export function renderReviewNotice(content: ReviewNoticeContent, locale: NotificationLocale): MailMessage {
  const words = WORDS[locale];
  const { kind, timeZone, item } = content;
  const name = content.subjectName[locale];
  const cadence = words.cadence[content.cadence];
  const date = (d: Date) => formatDateTime(d, { timeZone, style: 'date', locale });
  // The period's end is exclusive: its last day is the one before.
  const period = `${date(content.period.from)} – ${date(new Date(content.period.to.getTime() - 1))}`;
  const due = formatDateTime(content.dueBy, { timeZone, style: 'datetime', locale });
  if (kind === 'REVIEW_OPENED' || kind === 'REVIEW_OVERDUE') {
    return noticeMail(words[kind].title(name, cadence), words[kind].lines(name, cadence, period, due), COLOUR[kind], locale);
  }
  // A local date, shown as that day whatever the zone.
  const dueDate = formatDateTime(new Date(`${item!.dueDate}T12:00:00Z`), { timeZone: 'UTC', style: 'date', locale });
  return noticeMail(words[kind].title(excerpt(item!.text)), [
    words[kind].intro(name, cadence), item!.text, `${words.kpi}: ${item!.metricName[locale]}`, `${words.due}: ${dueDate}`,
  ], COLOUR[kind], locale);
}

/** The notice in every language the server writes in: a channel reads it in its own, a person in theirs. */
export function renderReviewNoticeAll(content: ReviewNoticeContent): Record<NotificationLocale, MailMessage> {
  return Object.fromEntries(NOTIFICATION_LOCALES.map((locale) => [locale, renderReviewNotice(content, locale)])) as Record<NotificationLocale, MailMessage>;
}
