import type { ImportColumnMappingInput, SavedImportMappingFieldsFragment } from '../../../gql/graphql';
import { z } from '../../../shared/forms/zod';
import type { MessageKey } from '../../../shared/i18n';

/** As the server reads them (import-mapping.ts): the layout is always chosen, never guessed. */
export const TIMESTAMP_FORMATS = ['ISO', 'YYYY-MM-DD', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm:ss', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD/MM/YYYY HH:mm', 'MM/DD/YYYY HH:mm'] as const;
export const DELIMITERS = [',', ';', '\t', '|'] as const;

const required = (message: MessageKey) => z.string().trim().min(1, message);

export const mappingSchema = z
  .object({
    metricMode: z.enum(['FIXED', 'COLUMN']),
    metricKey: z.string(),
    metricColumn: z.string(),
    timestampColumn: required('imports.form.columnRequired'),
    // A refinement, not an enum: an empty choice must not hide the other fields' errors.
    timestampFormat: z.string().refine((format) => (TIMESTAMP_FORMATS as readonly string[]).includes(format), 'imports.form.formatRequired' satisfies MessageKey),
    timeZone: required('imports.form.timeZoneRequired'),
    valueColumn: required('imports.form.columnRequired'),
    dimensionColumns: z.array(z.string()),
    delimiter: z.enum(DELIMITERS),
  })
  .superRefine((values, ctx) => {
    if (values.metricMode === 'FIXED' && values.metricKey === '') ctx.addIssue({ code: 'custom', path: ['metricKey'], message: 'imports.form.metricRequired' satisfies MessageKey });
    if (values.metricMode === 'COLUMN' && values.metricColumn === '') ctx.addIssue({ code: 'custom', path: ['metricColumn'], message: 'imports.form.columnRequired' satisfies MessageKey });
  });

export type MappingFormValues = z.infer<typeof mappingSchema>;

/** `timestampFormat` starts empty: the person picks the layout (03/04 is never read both ways). */
export function emptyMapping(timeZone: string): MappingFormValues {
  return { metricMode: 'FIXED', metricKey: '', metricColumn: '', timestampColumn: '', timestampFormat: '', timeZone, valueColumn: '', dimensionColumns: [], delimiter: ',' };
}

/** The `mapping` field POST /api/imports reads. */
export function toRouteMapping(values: MappingFormValues) {
  return {
    metric: values.metricMode === 'FIXED' ? { key: values.metricKey } : { column: values.metricColumn },
    timestamp: { column: values.timestampColumn, format: values.timestampFormat, timeZone: values.timeZone },
    value: { column: values.valueColumn },
    dimensions: values.dimensionColumns,
    delimiter: values.delimiter,
  };
}

export function toMappingInput(values: MappingFormValues): ImportColumnMappingInput {
  return {
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

export function fromSavedMapping({ mapping }: SavedImportMappingFieldsFragment): MappingFormValues {
  const delimiter = DELIMITERS.find((d) => d === mapping.delimiter) ?? ',';
  return {
    metricMode: mapping.metricColumn ? 'COLUMN' : 'FIXED',
    metricKey: mapping.metricKey ?? '',
    metricColumn: mapping.metricColumn ?? '',
    timestampColumn: mapping.timestampColumn,
    timestampFormat: mapping.timestampFormat,
    timeZone: mapping.timeZone,
    valueColumn: mapping.valueColumn,
    dimensionColumns: [...mapping.dimensionColumns],
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

/** The header of a file, read from its first 64 KiB only (a large export is never loaded whole). */
export async function readHeader(file: Blob, delimiter: string): Promise<string[]> {
  return parseHeader(await file.slice(0, 65_536).text(), delimiter);
}
