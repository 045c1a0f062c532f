import type { AuditEventFieldsFragment } from '../../../gql/graphql';
import type { Formatters } from '../../../shared/format/useFormat';
import type { GqlUnit } from '../../../shared/format/unit';
import type { MessageKey, Translate } from '../../../shared/i18n';
import { AUDIT_OBJECT_TYPES } from './auditFilter';


/** `ALERT_RULE` → "Alert rule", `effectiveTo` → "effective to": for codes the dictionary does not name. */
function readable(code: string): string {
  const words = code.includes('_') ? code.toLowerCase().replace(/_/g, ' ') : code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The fields the app names in both languages; another is shown by its code made readable. */
const FIELD_NAMES = new Set([
  'name', 'description', 'value', 'tolerance', 'effectiveFrom', 'effectiveTo', 'kind', 'params', 'granularity',
  'channelIds', 'ownerUserId', 'owner', 'filter', 'metricKey', 'startValue', 'startAt', 'endValue', 'endAt',
  'milestones', 'shape', 'url', 'recipients', 'locale', 'eventTypes', 'role', 'departments', 'email', 'unit',
  'direction', 'aggregation', 'formula', 'reviewCadence', 'department', 'translations', 'i18n', 'durationSeconds',
  'timeZone', 'currency', 'title', 'at',
]);

function fieldLabel(field: string, t: Translate): string {
  return FIELD_NAMES.has(field) ? t(`admin.field.${field}` as MessageKey) : readable(field).toLowerCase();
}

/** The object types the app names; another module's type is shown by its code made readable. */
export function objectTypeLabel(type: string, t: Translate): string {
  return (AUDIT_OBJECT_TYPES as readonly string[]).includes(type) ? t(`admin.objectType.${type}` as MessageKey) : readable(type);
}

/** The fields whose value differs between before and after (timestamps the server keeps for itself left out). */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => key !== 'updatedAt' && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function number(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** What happened, in a sentence without who and when: "Target 25% → 30%", "Alert rule “Win rate drop” paused". */
export function describeWhat(event: AuditEventFieldsFragment, t: Translate, fmt: Formatters, unit?: GqlUnit): string {
  const { before, after, action } = event;
  const label = event.objectLabel;
  if (event.objectType === 'TARGET') {
    // Without the metric's unit (the trail lists every metric's targets) the number as stored, unrounded.
    const value = (v: number) => (unit ? fmt.value(v, unit) : new Intl.NumberFormat(fmt.locale, { maximumSignificantDigits: 6 }).format(v));
    const from = number(before?.value);
    const to = number(after?.value);
    if (action === 'CREATE' && to !== null) return t('admin.change.targetSet', { to: value(to) });
    if (action === 'DELETE' && from !== null) return t('admin.change.targetRemoved', { from: value(from) });
    if (from !== null && to !== null && from !== to) return t('admin.change.targetChanged', { from: value(from), to: value(to) });
  }
  const type = objectTypeLabel(event.objectType, t);
  if (action === 'CREATE') return t('admin.change.created', { type, label });
  if (action === 'DELETE') return t('admin.change.deleted', { type, label });
  const fields = changedFields(before, after);
  // The changes people name with a verb rather than a field.
  if (fields.includes('active')) return t(after?.active ? 'admin.change.resumed' : 'admin.change.paused', { type, label });
  if (fields.includes('disabledAt')) return t(after?.disabledAt ? 'admin.change.disabled' : 'admin.change.enabled', { type, label });
  if (fields.includes('revokedAt')) return t('admin.change.revoked', { type, label });
  if (fields.includes('passwordLinkExpiresAt')) return t('admin.change.linkIssued', { label });
  if (fields.includes('passwordSetAt')) return t('admin.change.passwordSet', { label });
  if (fields.length === 0) return t('admin.change.saved', { type, label });
  return t('admin.change.changed', { type, label, fields: fields.map((field) => fieldLabel(field, t)).join(', ') });
}

/** "Target 25% → 30% by Ana Ruiz, Dec 3, 2026". */
export function describeChange(event: AuditEventFieldsFragment, t: Translate, fmt: Formatters, unit?: GqlUnit): string {
  return t('admin.change.by', { what: describeWhat(event, t, fmt, unit), who: event.actorName, when: fmt.dateTime(event.at, 'date') });
}
