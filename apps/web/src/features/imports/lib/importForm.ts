import type { ImportColumnMappingInput, SavedImportMappingFieldsFragment } from '../../../gql/graphql';
import { z } from '../../../shared/forms/zod';
import type { MessageKey } from '../../../shared/i18n';

/** As the server reads them (import-mapping.ts): the layout is always chosen, never guessed. */
export const TIMESTAMP_FORMATS = ['ISO', 'YYYY-MM-DD', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm:ss', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD/MM/YYYY HH:mm', 'MM/DD/YYYY HH:mm'] as const;
export const DELIMITERS = [',', ';', '\t', '|'] as const;
/** The lead fields a column can fill, as the server reads them (import-lead-mapping.ts); the required ones first. */
export const LEAD_FIELDS = ['externalId', 'channel', 'region', 'segment', 'createdAt', 'name', 'email', 'company', 'campaign', 'companySize', 'ownerKey'] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];
export const REQUIRED_LEAD_FIELDS: ReadonlySet<LeadField> = new Set(['externalId', 'channel', 'region', 'segment']);

const required = (message: MessageKey) => z.string().trim().min(1, message);

/** A lead signal's name, as the lead write path takes it (scored by the lead-scoring rules). */
const SIGNAL_NAME = /^[a-z][a-z0-9_]*$/;

const isFormat = (format: string) => (TIMESTAMP_FORMATS as readonly string[]).includes(format);

/** What each kind needs is checked in one refinement: an empty choice must not hide the other fields' errors. */
export const mappingSchema = z
  .object({
    kind: z.enum(['OBSERVATIONS', 'LEADS']),
    metricMode: z.enum(['FIXED', 'COLUMN']),
    metricKey: z.string(),
    metricColumn: z.string(),
    timestampColumn: z.string(),
    timestampFormat: z.string(),
    timeZone: required('imports.form.timeZoneRequired'),
    valueColumn: z.string(),
    dimensionColumns: z.array(z.string()),
    leadColumns: z.record(z.enum(LEAD_FIELDS), z.string()),
    /** Leads: counts of behaviour and intent signals (pricing_page_views…), each from a column. */
    leadSignals: z.array(z.object({
      name: z.string().trim().regex(SIGNAL_NAME, 'd2.signalName' satisfies MessageKey),
      column: required('imports.form.columnRequired'),
    })),
    delimiter: z.enum(DELIMITERS),
  })
  .superRefine((values, ctx) => {
    const issue = (path: string[], message: MessageKey) => ctx.addIssue({ code: 'custom', path, message });
    if (values.kind === 'LEADS') {
      for (const field of REQUIRED_LEAD_FIELDS) if (!values.leadColumns[field]) issue(['leadColumns', field], 'imports.form.columnRequired');
      // The layout reads text createdAt cells only: it is asked for once a createdAt column is.
      if (values.leadColumns.createdAt && !isFormat(values.timestampFormat)) issue(['timestampFormat'], 'imports.form.formatRequired');
      return;
    }
    if (values.metricMode === 'FIXED' && values.metricKey === '') issue(['metricKey'], 'imports.form.metricRequired');
    if (values.metricMode === 'COLUMN' && values.metricColumn === '') issue(['metricColumn'], 'imports.form.columnRequired');
    if (values.timestampColumn.trim() === '') issue(['timestampColumn'], 'imports.form.columnRequired');
    if (!isFormat(values.timestampFormat)) issue(['timestampFormat'], 'imports.form.formatRequired');
    if (values.valueColumn.trim() === '') issue(['valueColumn'], 'imports.form.columnRequired');
  });

export type MappingFormValues = z.infer<typeof mappingSchema>;

/** `timestampFormat` starts empty: the person picks the layout (03/04 is never read both ways). */
export function emptyMapping(timeZone: string): MappingFormValues {
  return {
    kind: 'OBSERVATIONS', metricMode: 'FIXED', metricKey: '', metricColumn: '', timestampColumn: '', timestampFormat: '', timeZone, valueColumn: '',
    dimensionColumns: [], leadColumns: emptyLeadColumns(), leadSignals: [], delimiter: ',',
  };
}

const emptyLeadColumns = () => Object.fromEntries(LEAD_FIELDS.map((field) => [field, ''])) as Record<LeadField, string>;
/** The lead fields mapped to a column, in LEAD_FIELDS order. */
const mappedLeadFields = (values: MappingFormValues) => LEAD_FIELDS.filter((field) => values.leadColumns[field]);

/** The `mapping` field POST /api/imports reads. */
export function toRouteMapping(values: MappingFormValues) {
  if (values.kind === 'LEADS') {
    return {
      kind: 'leads' as const,
      columns: Object.fromEntries(mappedLeadFields(values).map((field) => [field, values.leadColumns[field]])),
      ...(values.leadColumns.createdAt ? { createdAt: { format: values.timestampFormat, timeZone: values.timeZone } } : {}),
      ...(values.leadSignals.length ? { signals: Object.fromEntries(values.leadSignals.map(({ name, column }) => [name.trim(), column])) } : {}),
      delimiter: values.delimiter,
    };
  }
  return {
    metric: values.metricMode === 'FIXED' ? { key: values.metricKey } : { column: values.metricColumn },
    timestamp: { column: values.timestampColumn, format: values.timestampFormat, timeZone: values.timeZone },
    value: { column: values.valueColumn },
    dimensions: values.dimensionColumns,
    delimiter: values.delimiter,
  };
}

export function toMappingInput(values: MappingFormValues): ImportColumnMappingInput {
  if (values.kind === 'LEADS') {
    const layout = values.leadColumns.createdAt ? { timestampFormat: values.timestampFormat, timeZone: values.timeZone } : {};
    return {
      kind: 'LEADS', leadColumns: mappedLeadFields(values).map((field) => ({ field, column: values.leadColumns[field] })),
      leadSignals: values.leadSignals.map(({ name, column }) => ({ name: name.trim(), column })), ...layout, delimiter: values.delimiter,
    };
  }
  return {
    kind: 'OBSERVATIONS',
    metricKey: values.metricMode === 'FIXED' ? values.metricKey : null,
    metricColumn: values.metricMode === 'COLUMN' ? values.metricColumn : null,
    timestampColumn: values.timestampColumn,
    timestampFormat: values.timestampFormat,
    timeZone: values.timeZone,
    valueColumn: values.valueColumn,
    dimensionColumns: values.dimensionColumns,
    delimiter: values.delimiter,
  };
}

/** A saved mapping as form values; `timeZone` is kept where the mapping has none (leads without createdAt). */
export function fromSavedMapping({ mapping }: SavedImportMappingFieldsFragment, timeZone: string): MappingFormValues {
  const delimiter = DELIMITERS.find((d) => d === mapping.delimiter) ?? ',';
  const leadColumns = emptyLeadColumns();
  for (const { field, column } of mapping.leadColumns) if (field in leadColumns) leadColumns[field as LeadField] = column;
  return {
    kind: mapping.kind,
    metricMode: mapping.metricColumn ? 'COLUMN' : 'FIXED',
    metricKey: mapping.metricKey ?? '',
    metricColumn: mapping.metricColumn ?? '',
    timestampColumn: mapping.timestampColumn ?? '',
    timestampFormat: mapping.timestampFormat ?? '',
    timeZone: mapping.timeZone ?? timeZone,
    valueColumn: mapping.valueColumn ?? '',
    dimensionColumns: [...mapping.dimensionColumns],
    leadColumns,
    leadSignals: mapping.leadSignals.map(({ name, column }) => ({ name, column })),
    delimiter,
  };
}

/** The first record of CSV text: fields split on the delimiter, quotes honoured, a leading BOM dropped. */
export function parseHeader(text: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      fields.push(field.trim());
      field = '';
    } else if (char === '\n' || char === '\r') break;
    else field += char;
  }
  fields.push(field.trim());
  return fields.filter((name, index) => name !== '' || index < fields.length - 1);
}

/** The header of a CSV file, read from its first 64 KiB only (a large export is never loaded whole). */
export async function readHeader(file: Blob, delimiter: string): Promise<string[]> {
  return parseHeader(await file.slice(0, 65_536).text(), delimiter);
}

/** An .xlsx workbook (a ZIP archive), told by its first bytes as the server tells it, whatever its name. */
export async function isXlsxFile(file: Blob): Promise<boolean> {
  const bytes = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return bytes.length === 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
