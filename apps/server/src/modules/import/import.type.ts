import { JSONObjectResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../common/enums';
import { isLeadMapping, LEAD_FIELDS, type FileMapping } from './import-lead-mapping';
import { TIMESTAMP_FORMATS } from './import-mapping';
import type { ImportRun } from './import.service';
import type { SavedMapping } from './import-mapping.service';

const IMPORT_STATES = ['UPLOADING', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export const FileImportStateEnum = enumOf(IMPORT_STATES);
registerEnumType(FileImportStateEnum, { name: 'FileImportState', description: 'QUEUED until a worker takes it; CANCELLED keeps the rows written before.' });

const MAPPING_KINDS = ['OBSERVATIONS', 'LEADS'] as const;
export const ImportMappingKindEnum = enumOf(MAPPING_KINDS);
registerEnumType(ImportMappingKindEnum, { name: 'ImportMappingKind', description: 'What the rows become: observations of metrics, or CRM leads.' });

const LEAD_FIELD_LIST = `One of ${LEAD_FIELDS.join(', ')}; externalId, channel, region and segment are required.`;

@ObjectType({ description: 'The column a lead field is read from.' })
export class ImportLeadColumn {
  @Field({ description: LEAD_FIELD_LIST }) field: string;
  @Field() column: string;
}

@InputType('ImportLeadColumnInput')
export class ImportLeadColumnInput {
  @Field({ description: LEAD_FIELD_LIST }) field: string;
  @Field() column: string;
}

const SIGNAL_NAME = 'A signal name (^[a-z][a-z0-9_]*$, e.g. pricing_page_views), scored by the lead-scoring rules.';

@ObjectType({ description: "The column a lead signal's count is read from." })
export class ImportLeadSignal {
  @Field({ description: SIGNAL_NAME }) name: string;
  @Field() column: string;
}

@InputType('ImportLeadSignalInput')
export class ImportLeadSignalInput {
  @Field({ description: SIGNAL_NAME }) name: string;
  @Field() column: string;
}

const FORMATS = `One of ${TIMESTAMP_FORMATS.join(', ')}: chosen, never guessed.`;

@ObjectType({ description: 'How the columns of a file become observations or leads (the `mapping` field of POST /api/imports).' })
export class ImportColumnMapping {
  @Field(() => ImportMappingKindEnum) kind: string;
  @Field(() => String, { nullable: true, description: 'A fixed metric for every row; or metricColumn.' }) metricKey: string | null;
  @Field(() => String, { nullable: true, description: "The column holding each row's metric key; or metricKey." }) metricColumn: string | null;
  @Field(() => String, { nullable: true, description: 'Observations: the column of their time.' }) timestampColumn: string | null;
  @Field(() => String, { nullable: true, description: `${FORMATS} Leads: the createdAt layout, null without a createdAt column.` }) timestampFormat: string | null;
  @Field(() => String, { nullable: true, description: 'The IANA zone of times without an offset.' }) timeZone: string | null;
  @Field(() => String, { nullable: true, description: 'Observations: the column of their value.' }) valueColumn: string | null;
  @Field(() => [String]) dimensionColumns: string[];
  @Field(() => [ImportLeadColumn], { description: 'Leads: the column of each lead field.' }) leadColumns: ImportLeadColumn[];
  @Field(() => [ImportLeadSignal], { description: 'Leads: the column of each signal counted.' }) leadSignals: ImportLeadSignal[];
  @Field({ description: 'The field separator: , ; | or a tab.' }) delimiter: string;
}

@InputType({ description: 'A mapping to save. Observations: metricKey or metricColumn, timestamp and value columns. Leads: leadColumns, and the createdAt layout in timestampFormat and timeZone.' })
export class ImportColumnMappingInput {
  @Field(() => ImportMappingKindEnum, { nullable: true, description: 'OBSERVATIONS by default.' }) kind?: string | null;
  @Field(() => String, { nullable: true }) metricKey?: string | null;
  @Field(() => String, { nullable: true }) metricColumn?: string | null;
  @Field(() => String, { nullable: true }) timestampColumn?: string | null;
  @Field(() => String, { nullable: true, description: FORMATS }) timestampFormat?: string | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) valueColumn?: string | null;
  @Field(() => [ImportLeadColumnInput], { nullable: true }) leadColumns?: ImportLeadColumnInput[] | null;
  @Field(() => [ImportLeadSignalInput], { nullable: true }) leadSignals?: ImportLeadSignalInput[] | null;
  @Field(() => [String], { nullable: true }) dimensionColumns?: string[] | null;
  @Field(() => String, { nullable: true, description: ', by default.' }) delimiter?: string | null;
}

/** The GraphQL shape of a mapping as the import routes read it (their JSON), unchecked: parseFileMapping checks it. */
export function fromMappingInput(input: ImportColumnMappingInput): unknown {
  const delimiter = input.delimiter ? { delimiter: input.delimiter } : {};
  if (input.kind === 'LEADS') {
    const layout = input.timestampFormat != null || input.timeZone != null ? { createdAt: { format: input.timestampFormat, timeZone: input.timeZone } } : {};
    const signals = input.leadSignals?.length ? { signals: Object.fromEntries(input.leadSignals.map((s) => [s.name, s.column])) } : {};
    return { kind: 'leads', columns: Object.fromEntries((input.leadColumns ?? []).map((c) => [c.field, c.column])), ...signals, ...layout, ...delimiter };
  }
  return {
    // Both or neither is refused by parseMapping, naming the field.
    metric: { ...(input.metricKey != null ? { key: input.metricKey } : {}), ...(input.metricColumn != null ? { column: input.metricColumn } : {}) },
    timestamp: { column: input.timestampColumn, format: input.timestampFormat, timeZone: input.timeZone },
    value: { column: input.valueColumn },
    dimensions: input.dimensionColumns ?? [],
    ...delimiter,
  };
}

export function toColumnMapping(mapping: FileMapping): ImportColumnMapping {
  if (isLeadMapping(mapping)) {
    return Object.assign(new ImportColumnMapping(), {
      kind: 'LEADS', metricKey: null, metricColumn: null, timestampColumn: null, valueColumn: null, dimensionColumns: [],
      timestampFormat: mapping.createdAt?.format ?? null, timeZone: mapping.createdAt?.timeZone ?? null, delimiter: mapping.delimiter ?? ',',
      leadColumns: LEAD_FIELDS.flatMap((field) => (mapping.columns[field] ? [Object.assign(new ImportLeadColumn(), { field, column: mapping.columns[field] })] : [])),
      // By name: the stored JSON keeps no order.
      leadSignals: Object.entries(mapping.signals ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, column]) => Object.assign(new ImportLeadSignal(), { name, column })),
    });
  }
  return Object.assign(new ImportColumnMapping(), {
    kind: 'OBSERVATIONS', leadColumns: [], leadSignals: [],
    metricKey: 'key' in mapping.metric ? mapping.metric.key : null,
    metricColumn: 'column' in mapping.metric ? mapping.metric.column : null,
    timestampColumn: mapping.timestamp.column, timestampFormat: mapping.timestamp.format, timeZone: mapping.timestamp.timeZone,
    valueColumn: mapping.value.column, dimensionColumns: mapping.dimensions, delimiter: mapping.delimiter ?? ',',
  });
}

@ObjectType({ description: 'A mapping saved under a name, to reuse for the next file of the same shape.' })
export class SavedImportMapping {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ImportColumnMapping) mapping: ImportColumnMapping;
  @Field() createdByName: string;
  @Field() createdAt: Date;
}

export function toSavedImportMapping(saved: SavedMapping): SavedImportMapping {
  return Object.assign(new SavedImportMapping(), { ...saved, mapping: toColumnMapping(saved.mapping) });
}

@ObjectType({ description: 'A file import: its state and counts (GET /api/imports/:id as GraphQL).' })
export class FileImport {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => Float) fileBytes: number;
  @Field(() => FileImportStateEnum) state: string;
  @Field(() => Int, { nullable: true, description: 'Null until the file has been counted.' }) rowsTotal: number | null;
  @Field(() => Int, { description: 'Rows read so far, written or rejected.' }) rowsDone: number;
  @Field(() => Int) rowsWritten: number;
  @Field(() => Int, { description: 'Download them from GET /api/imports/:id/rejected.csv.' }) rowsRejected: number;
  @Field(() => String, { nullable: true, description: 'Why a FAILED import stopped, in English.' }) error: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The code of `error` (NOT_UTF8, NOT_A_WORKBOOK…: the import's reason codes), for a page to say it in its reader's language; null when the failure has none.",
  }) errorCode: string | null;
  @Field(() => JSONObjectResolver, { nullable: true, description: 'The values the sentence of `errorCode` names (`{ detail }` for NOT_A_WORKBOOK); null without a code.' })
  errorParams: Record<string, string | number> | null;
  @Field() createdByName: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

export function toFileImport(run: ImportRun): FileImport {
  const { id, fileName, fileBytes, state, rowsTotal, rowsDone, rowsWritten, rowsRejected, error, errorCode, errorParams, createdByName, createdAt, startedAt, finishedAt } = run;
  return Object.assign(new FileImport(), {
    id, fileName, fileBytes, state, rowsTotal, rowsDone, rowsWritten, rowsRejected, error, errorCode, errorParams, createdByName, createdAt, startedAt, finishedAt,
  });
}
