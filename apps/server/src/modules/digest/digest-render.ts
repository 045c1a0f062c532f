import { evaluateStatus, formatChange, formatDateTime, formatValue, type KpiStatus, type Unit } from '@opshub/metrics';
import type { Kpi } from '../kpi/kpi.type';
import type { Alert } from '../alert/alert.type';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STATUS_TEXT: Record<KpiStatus, string> = { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track', NO_DATA: 'No data' };
const statusText = (status: KpiStatus | null) => (status ? STATUS_TEXT[status] : '—');

/** An empty alert list: not "no open alerts", since alerts not every reader may read are left out. */
const NO_SHARED_ALERTS = 'No open alerts that every reader of this digest may see.';

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
}

/** Plain, inline-styled HTML that mail clients render: KPIs, status changes and open alerts. */
export function renderDigest(content: DigestContent): { subject: string; html: string } {
  const { title, cadence, period, timeZone, kpis, names, openAlerts } = content;
  const date = (d: Date) => formatDateTime(d, { timeZone, style: 'date' });
  const subject = `${title}: ${cadence === 'DAILY' ? 'daily' : 'weekly'} digest, ${date(period.from)} – ${date(new Date(period.to.getTime() - 1))}`;
  const name = (key: string) => escape(names.get(key) ?? key);
  const rows = kpis.map((kpi) => {
    const { kind, currency, scaleMin, scaleMax } = kpi.metric.unit;
    const unit: Unit = { kind, currency: currency ?? undefined, scaleMin: scaleMin ?? undefined, scaleMax: scaleMax ?? undefined };
    return `<tr><td>${name(kpi.metric.key)}</td><td style="text-align:right">${escape(formatValue(kpi.value, unit))}</td>`
      + `<td style="text-align:right">${escape(formatChange(kpi.change, kpi.changeRatio, unit))}</td>`
      + `<td style="text-align:right">${kpi.target ? escape(formatValue(kpi.target.value, unit)) : '—'}</td><td>${statusText(kpi.status)}</td></tr>`;
  }).join('');
  const changes = kpis
    .map((kpi) => ({ kpi, before: previousStatus(kpi) }))
    .filter(({ kpi, before }) => kpi.status && before && kpi.status !== before)
    .map(({ kpi, before }) => `<li>${name(kpi.metric.key)}: ${statusText(before)} → ${statusText(kpi.status)}</li>`);
  const alerts = openAlerts.map((alert) => `<li><strong>${name(alert.metricKey)}</strong> (${alert.state === 'OPEN' ? 'open' : 'acknowledged'}): ${escape(alert.explanation)}</li>`);
  const html = [
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2937">`,
    `<h1 style="font-size:20px">${escape(subject)}</h1>`,
    `<h2 style="font-size:16px">KPIs</h2>`,
    `<table cellpadding="4" style="border-collapse:collapse"><thead><tr><th align="left">KPI</th><th>Value</th><th>Change</th><th>Target</th><th align="left">Status</th></tr></thead><tbody>${rows}</tbody></table>`,
    `<h2 style="font-size:16px">Status changes</h2>`,
    changes.length ? `<ul>${changes.join('')}</ul>` : '<p>No status changed.</p>',
    `<h2 style="font-size:16px">Open alerts</h2>`,
    alerts.length ? `<ul>${alerts.join('')}</ul>` : `<p>${NO_SHARED_ALERTS}</p>`,
    `</body></html>`,
  ].join('\n');
  return { subject, html };
}
