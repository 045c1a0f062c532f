import { DIMENSION_NAME_PATTERN } from '@opshub/metrics';
import type { LeadInput } from '../revops/lead.input';
import { problem } from './import-error';
import {
  cellCountProblem, cellText, checkDelimiter, isObject, mappedColumns, MappingError, parseMapping, parseTimestamp, parseTimestampLayout, rowProblem, text,
  type Cell, type ImportMapping, type RowProblem, type TimestampFormat,
} from './import-mapping';

/** The LeadInput fields a column can fill (signals apart). */
export const LEAD_FIELDS = ['externalId', 'name', 'email', 'company', 'channel', 'campaign', 'region', 'segment', 'companySize', 'createdAt', 'ownerKey'] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];
/** A file's leads are only idempotent by the CRM's id: importing it again must not create them twice. */
const REQUIRED: readonly LeadField[] = ['externalId', 'channel', 'region', 'segment'];

/** How the columns of a file become CRM leads (written through the lead import, idempotent on externalId). */
export interface LeadImportMapping {
  kind: 'leads';
  /** The column of each field; externalId, channel, region and segment are required. */
  columns: Partial<Record<LeadField, string>> & Record<'externalId' | 'channel' | 'region' | 'segment', string>;
  /** How createdAt cells that are text are read; required with a createdAt column. */
  createdAt?: { format: TimestampFormat; timeZone: string };
  /** Signal name → the column holding its count, e.g. { "pricing_page_views": "Pricing views" }. */
  signals?: Record<string, string>;
  delimiter?: string;
}

/** Either kind of mapping an upload may carry. */
export type FileMapping = ImportMapping | LeadImportMapping;

export const isLeadMapping = (mapping: FileMapping): mapping is LeadImportMapping => mapping.kind === 'leads';

function parseLeadMapping(raw: Record<string, unknown>): LeadImportMapping {
  const { columns, createdAt, signals = {}, delimiter } = raw;
  if (!isObject(columns)) throw new MappingError('mapping.columns must name the column of each lead field', 'mapping.columns');
  const unknown = Object.keys(columns).find((field) => !(LEAD_FIELDS as readonly string[]).includes(field));
  if (unknown) throw new MappingError(`mapping.columns.${unknown} is not a lead field (${LEAD_FIELDS.join(', ')})`, `mapping.columns.${unknown}`);
  const picked: Partial<Record<LeadField, string>> = {};
  for (const field of LEAD_FIELDS) {
    if (columns[field] !== undefined || REQUIRED.includes(field)) picked[field] = text(columns[field], `mapping.columns.${field}`);
  }
  if (picked.createdAt && createdAt === undefined) throw new MappingError('mapping.createdAt needs format and timeZone to read the createdAt column', 'mapping.createdAt');
  if (!isObject(signals) || Object.values(signals).some((column) => typeof column !== 'string' || column === '')) {
    throw new MappingError('mapping.signals must map signal names to column names', 'mapping.signals');
  }
  // Named as the lead write path names them: a bad name would refuse every row.
  const badName = Object.keys(signals).find((name) => !DIMENSION_NAME_PATTERN.test(name));
  if (badName !== undefined) throw new MappingError(`mapping.signals.${badName} must match ^[a-z][a-z0-9_]*$`, `mapping.signals.${badName}`);
  checkDelimiter(delimiter);
  return {
    kind: 'leads',
    columns: picked as LeadImportMapping['columns'],
    ...(picked.createdAt ? { createdAt: parseTimestampLayout(createdAt, 'mapping.createdAt') } : {}),
    ...(Object.keys(signals).length > 0 ? { signals: signals as Record<string, string> } : {}),
    ...(delimiter ? { delimiter } : {}),
  };
}

/** The mapping a client sent (JSON), checked field by field: observations unless `kind` is "leads". */
export function parseFileMapping(raw: unknown): FileMapping {
  return isObject(raw) && raw.kind === 'leads' ? parseLeadMapping(raw) : parseMapping(raw);
}

/** The columns a mapping reads, each once. */
export function columnsOf(mapping: FileMapping): string[] {
  if (!isLeadMapping(mapping)) return mappedColumns(mapping);
  return [...new Set([...Object.values(mapping.columns), ...Object.values(mapping.signals ?? {})])];
}

/** The column behind a LeadInput field the lead import names (e.g. "signals.demo_requests"), if any. */
export function leadColumn(mapping: LeadImportMapping, field: string): string | null {
  if (field.startsWith('signals.')) return mapping.signals?.[field.slice('signals.'.length)] ?? null;
  return mapping.columns[field as LeadField] ?? null;
}

const COUNT = /^\d+$/;

/** One data row as a LeadInput, or the column and reason it cannot be (the lead import checks the rest). */
export function leadInputOf(header: readonly string[], cells: readonly Cell[], mapping: LeadImportMapping, actor: string):
  { ok: true; input: LeadInput } | RowProblem {
  if (cells.length !== header.length) return cellCountProblem(cells.length, header.length);
  const raw = (column: string) => cells[header.indexOf(column)] ?? '';
  const value = (field: LeadField) => (mapping.columns[field] ? cellText(raw(mapping.columns[field])).trim() : '');
  for (const field of REQUIRED) {
    if (value(field) === '') return rowProblem(mapping.columns[field] ?? null, problem('MISSING_LEAD_FIELD', `has no ${field}`, { field }));
  }
  const input: LeadInput = { channel: value('channel'), region: value('region'), segment: value('segment'), actor };
  for (const field of ['externalId', 'name', 'email', 'company', 'campaign', 'ownerKey'] as const) {
    if (value(field) !== '') input[field] = value(field);
  }
  const size = value('companySize');
  if (size !== '') {
    if (!COUNT.test(size)) return rowProblem(mapping.columns.companySize!, problem('NOT_EMPLOYEE_COUNT', `"${size}" is not a whole number of employees`, { value: size }));
    input.companySize = Number(size);
    if (!Number.isSafeInteger(input.companySize) || input.companySize > 2 ** 31 - 1) {
      return rowProblem(mapping.columns.companySize!, problem('EMPLOYEE_COUNT_TOO_LARGE', `"${size}" is too large`, { value: size }));
    }
  }
  if (mapping.columns.createdAt && value('createdAt') !== '') {
    const at = parseTimestamp(raw(mapping.columns.createdAt), mapping.createdAt!.format, mapping.createdAt!.timeZone);
    if (!(at instanceof Date)) return rowProblem(mapping.columns.createdAt, at);
    input.createdAt = at;
  }
  const signals: Record<string, number> = {};
  for (const [name, column] of Object.entries(mapping.signals ?? {})) {
    const count = cellText(raw(column)).trim();
    if (count === '') continue;
    if (!COUNT.test(count)) return rowProblem(column, problem('NOT_A_COUNT', `"${count}" is not a count (a whole number ≥ 0)`, { value: count }));
    signals[name] = Number(count);
  }
  if (Object.keys(signals).length > 0) input.signals = signals;
  return { ok: true, input };
}
