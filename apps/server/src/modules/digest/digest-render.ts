import { evaluateStatus, formatChange, formatDateTime, formatValue, type KpiStatus, type Unit } from '@opshub/metrics';
import type { Kpi } from '../kpi/kpi.type';
import type { Alert } from '../alert/alert.type';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Each status as words on a coloured badge: the colour helps, the words carry it (colour-blind readers, plain-text clients). */
const STATUS_BADGE: Record<KpiStatus, { text: string; colour: string }> = {
  ON_TRACK: { text: 'On track', colour: '#15803d' },
  AT_RISK: { text: 'At risk', colour: '#b45309' },
  OFF_TRACK: { text: 'Off track', colour: '#b91c1c' },
  NO_DATA: { text: 'No data', colour: '#4b5563' },
};
const ALERT_BADGE: Record<'OPEN' | 'ACKNOWLEDGED', { text: string; colour: string }> = {
  OPEN: { text: 'Open', colour: '#b91c1c' },
  ACKNOWLEDGED: { text: 'Acknowledged', colour: '#b45309' },
};
const statusText = (status: KpiStatus | null) => (status ? STATUS_BADGE[status].text : '—');
const badge = ({ text, colour }: { text: string; colour: string }) =>
  `<span style="display:inline-block;padding:2px 8px;border-radius:4px;background:${colour};color:#ffffff;font-weight:bold;font-size:12px">${text}</span>`;

/** An empty alert list of a dashboard-wide digest: not "no open alerts", since alerts not every reader may read are left out. */
const NO_SHARED_ALERTS = 'No open alerts that every reader of this digest may see.';
const NO_ALERTS = 'No open alerts.';

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
}

/** Inline-styled, table-laid-out HTML that mail clients render: KPIs, status changes and open alerts. */
export function renderDigest(content: DigestContent): { subject: string; html: string } {
  const { title, cadence, period, timeZone, kpis, names, openAlerts } = content;
  const date = (d: Date) => formatDateTime(d, { timeZone, style: 'date' });
  const subject = `${title}: ${cadence === 'DAILY' ? 'daily' : 'weekly'} digest, ${date(period.from)} – ${date(new Date(period.to.getTime() - 1))}`;
  const name = (key: string) => escape(names.get(key) ?? key);
  const rows = kpis.map((kpi) => {
    const { kind, currency, scaleMin, scaleMax } = kpi.metric.unit;
    const unit: Unit = { kind, currency: currency ?? undefined, scaleMin: scaleMin ?? undefined, scaleMax: scaleMax ?? undefined };
    return `<tr><td style="${CELL}">${name(kpi.metric.key)}</td><td style="${CELL};text-align:right">${escape(formatValue(kpi.value, unit))}</td>`
      + `<td style="${CELL};text-align:right">${escape(formatChange(kpi.change, kpi.changeRatio, unit))}</td>`
      + `<td style="${CELL};text-align:right">${kpi.target ? escape(formatValue(kpi.target.value, unit)) : '—'}</td>`
      + `<td style="${CELL}">${kpi.status ? badge(STATUS_BADGE[kpi.status]) : '—'}</td></tr>`;
  }).join('');
  const changes = kpis
    .map((kpi) => ({ kpi, before: previousStatus(kpi) }))
    .filter(({ kpi, before }) => kpi.status && before && kpi.status !== before)
    .map(({ kpi, before }) => `<li style="margin:4px 0">${name(kpi.metric.key)}: ${statusText(before)} → ${statusText(kpi.status)}</li>`);
  const alerts = openAlerts.map((alert) => `<tr><td style="${CELL};vertical-align:top;white-space:nowrap">${badge(ALERT_BADGE[alert.state === 'OPEN' ? 'OPEN' : 'ACKNOWLEDGED'])}</td>`
    + `<td style="${CELL}"><strong>${name(alert.metricKey)}</strong><br>${escape(alert.explanation)}</td></tr>`);
  const th = (label: string, align = 'left') => `<th align="${align}" style="${CELL};font-size:12px;color:#4b5563">${label}</th>`;
  const html = [
    `<!doctype html><html><body style="margin:0;padding:16px;background:#f3f4f6">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:680px;margin:0 auto;background:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;color:#1f2937;font-size:14px"><tr><td style="padding:16px 20px">`,
    `<h1 style="font-size:20px;margin:0 0 8px">${escape(subject)}</h1>`,
    `<h2 style="${HEADING}">KPIs</h2>`,
    `<table cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse"><thead><tr>${th('KPI')}${th('Value', 'right')}${th('Change', 'right')}${th('Target', 'right')}${th('Status')}</tr></thead><tbody>${rows}</tbody></table>`,
    `<h2 style="${HEADING}">Status changes</h2>`,
    changes.length ? `<ul style="margin:0;padding-left:20px">${changes.join('')}</ul>` : '<p style="margin:0">No status changed.</p>',
    `<h2 style="${HEADING}">Open alerts</h2>`,
    alerts.length
      ? `<table cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse"><tbody>${alerts.join('')}</tbody></table>`
      : `<p style="margin:0">${content.personal ? NO_ALERTS : NO_SHARED_ALERTS}</p>`,
    `</td></tr></table></body></html>`,
  ].join('\n');
  return { subject, html };
}
