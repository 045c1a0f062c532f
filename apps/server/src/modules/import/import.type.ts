import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../common/enums';
import { TIMESTAMP_FORMATS, type ImportMapping } from './import-mapping';
import type { ImportRun } from './import.service';
import type { SavedMapping } from './import-mapping.service';

const IMPORT_STATES = ['UPLOADING', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export const FileImportStateEnum = enumOf(IMPORT_STATES);
registerEnumType(FileImportStateEnum, { name: 'FileImportState', description: 'QUEUED until a worker takes it; CANCELLED keeps the rows written before.' });

const FORMATS = `One of ${TIMESTAMP_FORMATS.join(', ')}: chosen, never guessed.`;

@ObjectType({ description: 'How the columns of a file become observations (the `mapping` field of POST /api/imports).' })
export class ImportColumnMapping {
  @Field(() => String, { nullable: true, description: 'A fixed metric for every row; or metricColumn.' }) metricKey: string | null;
  @Field(() => String, { nullable: true, description: "The column holding each row's metric key; or metricKey." }) metricColumn: string | null;
  @Field() timestampColumn: string;
  @Field({ description: FORMATS }) timestampFormat: string;
  @Field({ description: 'The IANA zone of times without an offset.' }) timeZone: string;
  @Field() valueColumn: string;
  @Field(() => [String]) dimensionColumns: string[];
  @Field({ description: 'The field separator: , ; | or a tab.' }) delimiter: string;
}

@InputType({ description: 'A mapping to save: give metricKey or metricColumn.' })
export class ImportColumnMappingInput {
  @Field(() => String, { nullable: true }) metricKey?: string | null;
  @Field(() => String, { nullable: true }) metricColumn?: string | null;
  @Field() timestampColumn: string;
  @Field({ description: FORMATS }) timestampFormat: string;
  @Field() timeZone: string;
  @Field() valueColumn: string;
  @Field(() => [String], { nullable: true }) dimensionColumns?: string[] | null;
  @Field(() => String, { nullable: true, description: ', by default.' }) delimiter?: string | null;
}

/** The GraphQL shape of a mapping as the import routes read it (their JSON), unchecked: parseMapping checks it. */
export function fromMappingInput(input: ImportColumnMappingInput): unknown {
  return {
    // Both or neither is refused by parseMapping, naming the field.
    metric: { ...(input.metricKey != null ? { key: input.metricKey } : {}), ...(input.metricColumn != null ? { column: input.metricColumn } : {}) },
    timestamp: { column: input.timestampColumn, format: input.timestampFormat, timeZone: input.timeZone },
    value: { column: input.valueColumn },
    dimensions: input.dimensionColumns ?? [],
    ...(input.delimiter ? { delimiter: input.delimiter } : {}),
  };
}

export function toColumnMapping(mapping: ImportMapping): ImportColumnMapping {
  return Object.assign(new ImportColumnMapping(), {
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
  @Field(() => String, { nullable: true, description: 'Why a FAILED import stopped.' }) error: string | null;
  @Field() createdByName: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

export function toFileImport(run: ImportRun): FileImport {
  const { id, fileName, fileBytes, state, rowsTotal, rowsDone, rowsWritten, rowsRejected, error, createdByName, createdAt, startedAt, finishedAt } = run;
  return Object.assign(new FileImport(), { id, fileName, fileBytes, state, rowsTotal, rowsDone, rowsWritten, rowsRejected, error, createdByName, createdAt, startedAt, finishedAt });
}
