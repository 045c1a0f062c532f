import { evaluateStatus, formatChange, formatDateTime, formatValue, type KpiStatus, type Unit } from '@opshub/metrics';
import type { Kpi } from '../kpi/kpi.type';
import type { Alert } from '../alert/alert.type';
import type { NotificationLocale } from '../../common/localized';
import { escapeHtml as escape } from '../webhook/webhook-message';


/** The digest's words in each language it is written in. */
const WORDS = {
  en: {
    status: { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track', NO_DATA: 'No data' },
    alert: { OPEN: 'Open', ACKNOWLEDGED: 'Acknowledged' },
    subject: (title: string, daily: boolean, from: string, to: string) => `${title}: ${daily ? 'daily' : 'weekly'} digest, ${from} – ${to}`,
    kpis: 'KPIs', kpi: 'KPI', value: 'Value', change: 'Change', target: 'Target', state: 'Status',
    changes: 'Status changes', noChanges: 'No status changed.', alerts: 'Open alerts',
    noAlerts: 'No open alerts.',
    // A dashboard-wide digest leaves out alerts not every reader may read: not "no open alerts".
    noSharedAlerts: 'No open alerts that every reader of this digest may see.',
    agenda: 'Your reviews and action items', reviews: 'Open reviews', noReviews: 'No open reviews.', items: 'Open action items', noItems: 'No open action items.',
    overdue: 'Overdue', dueBy: (due: string) => `due by ${due}`, due: (due: string) => `due ${due}`,
  },
  es: {
    status: { ON_TRACK: 'En objetivo', AT_RISK: 'En riesgo', OFF_TRACK: 'Fuera de objetivo', NO_DATA: 'Sin datos' },
    alert: { OPEN: 'Abierta', ACKNOWLEDGED: 'Reconocida' },
    subject: (title: string, daily: boolean, from: string, to: string) => `${title}: resumen ${daily ? 'diario' : 'semanal'}, ${from} – ${to}`,
    kpis: 'KPI', kpi: 'KPI', value: 'Valor', change: 'Cambio', target: 'Objetivo', state: 'Estado',
    changes: 'Cambios de estado', noChanges: 'Ningún estado ha cambiado.', alerts: 'Alertas abiertas',
    noAlerts: 'No hay alertas abiertas.',
    noSharedAlerts: 'No hay alertas abiertas que todos los lectores de este resumen puedan ver.',
    agenda: 'Tus revisiones y acciones', reviews: 'Revisiones abiertas', noReviews: 'No hay revisiones abiertas.', items: 'Acciones abiertas', noItems: 'No hay acciones abiertas.',
    overdue: 'Vencida', dueBy: (due: string) => `vence el ${due}`, due: (due: string) => `vence el ${due}`,
  },
} satisfies Record<NotificationLocale, unknown>;

/** Each status as words on a coloured badge: the colour helps, the words carry it (colour-blind readers, plain-text clients). */
const STATUS_COLOUR: Record<KpiStatus, string> = { ON_TRACK: '#15803d', AT_RISK: '#b45309', OFF_TRACK: '#b91c1c', NO_DATA: '#4b5563' };
const ALERT_COLOUR = { OPEN: '#b91c1c', ACKNOWLEDGED: '#b45309' } as const;
const badge = (text: string, colour: string) =>
  `<span style="display:inline-block;padding:2px 8px;border-radius:4px;background:${colour};color:#ffffff;font-weight:bold;font-size:12px">${escape(text)}</span>`;

const CELL = 'padding:6px 8px;border-bottom:1px solid #e5e7eb';
const HEADING = 'font-size:16px;margin:24px 0 8px';

/** The status the KPI had over the comparison period, judged against the same target. */
export function previousStatus(kpi: Kpi): KpiStatus | null {
  if (!kpi.target) return null;
  return evaluateStatus(kpi.comparisonValue, kpi.target.value, kpi.metric.direction, kpi.target.tolerance);
}

export interface DigestContent {
  title: string;
  cadence: 'DAILY' | 'WEEKLY';
  period: { from: Date; to: Date };
  timeZone: string;
  kpis: readonly Kpi[];
  names: ReadonlyMap<string, string>;
  openAlerts: readonly Alert[];
  /** Addressed to one subscriber, whose alerts it lists (otherwise to every reader of the dashboard's department). */
  personal: boolean;
  /** The language it is written in: the subscriber's, or the channel's. */
  locale: NotificationLocale;
  /** A digest to a user's own address: the reviews they own and their action items, still open. */
  agenda?: {
    reviews: ReadonlyArray<{ name: string; dueBy: Date; overdue: boolean }>;
    actionItems: ReadonlyArray<{ text: string; metricKey: string; dueDate: string; overdue: boolean }>;
  };
}

/** The open reviews and action items of the digest's reader, overdue ones marked in words. */
function agendaSection(agenda: NonNullable<DigestContent['agenda']>, locale: NotificationLocale, timeZone: string, name: (key: string) => string): string {
  const words = WORDS[locale];
  const overdue = (is: boolean) => (is ? `${badge(words.overdue, '#b91c1c')} ` : '');
  const list = (lines: string[], empty: string) => lines.length
    ? `<ul style="margin:0;padding-left:20px">${lines.map((line) => `<li style="margin:4px 0">${line}</li>`).join('')}</ul>`
    : `<p style="margin:0">${empty}</p>`;
  const reviews = agenda.reviews.map((review) => `${overdue(review.overdue)}<strong>${escape(review.name)}</strong>, ${escape(words.dueBy(formatDateTime(review.dueBy, { timeZone, locale })))}`);
  // A due date is a local day: shown as that day whatever the zone.
  const items = agenda.actionItems.map((item) => `${overdue(item.overdue)}${escape(item.text)} (${name(item.metricKey)}), `
    + escape(words.due(formatDateTime(new Date(`${item.dueDate}T12:00:00Z`), { timeZone: 'UTC', style: 'date', locale }))));
  return [
    `<h2 style="${HEADING}">${words.agenda}</h2>`,
    `<h3 style="font-size:14px;margin:12px 0 4px">${words.reviews}</h3>`, list(reviews, words.noReviews),
    `<h3 style="font-size:14px;margin:12px 0 4px">${words.items}</h3>`, list(items, words.noItems),
  ].join('\n');
}

/** Inline-styled, table-laid-out HTML that mail clients render: KPIs, status changes and open alerts. */
export function renderDigest(content: DigestContent): { subject: string; html: string } {
  const { title, cadence, period, timeZone, kpis, names, openAlerts, locale } = content;
  const words = WORDS[locale];
  const date = (d: Date) => formatDateTime(d, { timeZone, style: 'date', locale });
  const subject = words.subject(title, cadence === 'DAILY', date(period.from), date(new Date(period.to.getTime() - 1)));
  const name = (key: string) => escape(names.get(key) ?? key);
  const statusText = (status: KpiStatus | null) => (status ? words.status[status] : '—');
  const rows = kpis.map((kpi) => {
    const { kind, currency, scaleMin, scaleMax } = kpi.metric.unit;
    const unit: Unit = { kind, currency: currency ?? undefined, scaleMin: scaleMin ?? undefined, scaleMax: scaleMax ?? undefined };
    return `<tr><td style="${CELL}">${name(kpi.metric.key)}</td><td style="${CELL};text-align:right">${escape(formatValue(kpi.value, unit, { locale }))}</td>`
      + `<td style="${CELL};text-align:right">${escape(formatChange(kpi.change, kpi.changeRatio, unit, { locale }))}</td>`
      + `<td style="${CELL};text-align:right">${kpi.target ? escape(formatValue(kpi.target.value, unit, { locale })) : '—'}</td>`
      + `<td style="${CELL}">${kpi.status ? badge(words.status[kpi.status], STATUS_COLOUR[kpi.status]) : '—'}</td></tr>`;
  }).join('');
  const changes = kpis
    .map((kpi) => ({ kpi, before: previousStatus(kpi) }))
    .filter(({ kpi, before }) => kpi.status && before && kpi.status !== before)
    .map(({ kpi, before }) => `<li style="margin:4px 0">${name(kpi.metric.key)}: ${statusText(before)} → ${statusText(kpi.status)}</li>`);
  const alerts = openAlerts.map((alert) => {
    const state = alert.state === 'OPEN' ? 'OPEN' : 'ACKNOWLEDGED';
    return `<tr><td style="${CELL};vertical-align:top;white-space:nowrap">${badge(words.alert[state], ALERT_COLOUR[state])}</td>`
      + `<td style="${CELL}"><strong>${name(alert.metricKey)}</strong><br>${escape(alert.explanation(locale))}</td></tr>`;
  });
  const th = (label: string, align = 'left') => `<th align="${align}" style="${CELL};font-size:12px;color:#4b5563">${label}</th>`;
  const html = [
    `<!doctype html><html lang="${locale}"><body style="margin:0;padding:16px;background:#f3f4f6">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:680px;margin:0 auto;background:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;color:#1f2937;font-size:14px"><tr><td style="padding:16px 20px">`,
    `<h1 style="font-size:20px;margin:0 0 8px">${escape(subject)}</h1>`,
    `<h2 style="${HEADING}">${words.kpis}</h2>`,
    `<table cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse"><thead><tr>${th(words.kpi)}${th(words.value, 'right')}${th(words.change, 'right')}${th(words.target, 'right')}${th(words.state)}</tr></thead><tbody>${rows}</tbody></table>`,
    `<h2 style="${HEADING}">${words.changes}</h2>`,
    changes.length ? `<ul style="margin:0;padding-left:20px">${changes.join('')}</ul>` : `<p style="margin:0">${words.noChanges}</p>`,
    `<h2 style="${HEADING}">${words.alerts}</h2>`,
    alerts.length
      ? `<table cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse"><tbody>${alerts.join('')}</tbody></table>`
      : `<p style="margin:0">${content.personal ? words.noAlerts : words.noSharedAlerts}</p>`,
    ...(content.agenda ? [agendaSection(content.agenda, locale, timeZone, name)] : []),
    `</td></tr></table></body></html>`,
  ].join('\n');
  return { subject, html };
}
