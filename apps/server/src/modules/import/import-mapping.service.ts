import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { badUserInput, notFound, UUID_PATTERN } from '../../common/errors';
import { runSql } from '../../database/sql';
import type { AuditActor, AuditService } from '../audit/audit.service';
import { parseFileMapping, type FileMapping } from './import-lead-mapping';
import { MappingError } from './import-mapping';

export interface SavedMapping {
  id: string;
  name: string;
  mapping: FileMapping;
  createdByName: string;
  createdAt: Date;
}

interface Row { id: string; name: string; mapping: FileMapping; created_by_name: string; created_at: Date }
const toSaved = (row: Row): SavedMapping => ({ id: row.id, name: row.name, mapping: row.mapping, createdByName: row.created_by_name, createdAt: row.created_at });

const MAX_NAME = 100;

/** Import mappings saved by name (organisation-wide, like the catalog), each change on the audit trail. */
export class ImportMappingService {
  constructor(private readonly db: DataSource, private readonly audit: AuditService) {}

  async list(): Promise<SavedMapping[]> {
    return (await runSql(this.db, sql<Row>`SELECT * FROM import_mapping ORDER BY lower(name)`)).map(toSaved);
  }

  /** Saves a mapping checked as an import checks it; names are unique whatever their case. */
  async create(name: string, raw: unknown, actor: AuditActor): Promise<SavedMapping> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > MAX_NAME) throw badUserInput(`name must be 1 to ${MAX_NAME} characters`, { field: 'name' });
    let mapping: FileMapping;
    try {
      mapping = parseFileMapping(raw);
    } catch (error) {
      // The route's field names (mapping.timestamp.format) are the input's here (mapping.timestampFormat).
      if (error instanceof MappingError) throw badUserInput(error.message, { field: inputField(error.field) });
      throw error;
    }
    return this.db.transaction(async (tx) => {
      const [clash] = await runSql(tx, sql<{ id: string }>`SELECT id FROM import_mapping WHERE lower(name) = lower(${trimmed})`);
      if (clash) throw badUserInput(`A mapping named "${trimmed}" exists`, { field: 'name' });
      const [row] = await runSql(tx, sql<Row>`
        INSERT INTO import_mapping (name, mapping, created_by_id, created_by_name)
        VALUES (${trimmed}, ${JSON.stringify(mapping)}::jsonb, ${actor.id ?? ''}, ${actor.name}) RETURNING *`);
      const saved = toSaved(row);
      await this.audit.record(tx, { actor, action: 'CREATE', objectType: 'IMPORT_MAPPING', objectId: saved.id, objectLabel: saved.name, department: null, before: null, after: saved });
      return saved;
    });
  }

  async delete(id: string, actor: AuditActor): Promise<SavedMapping> {
    if (!UUID_PATTERN.test(id)) throw notFound('ImportMapping', id);
    return this.db.transaction(async (tx) => {
      const [row] = await runSql(tx, sql<Row>`WITH gone AS (DELETE FROM import_mapping WHERE id = ${id} RETURNING *) SELECT * FROM gone`);
      if (!row) throw notFound('ImportMapping', id);
      const saved = toSaved(row);
      await this.audit.record(tx, { actor, action: 'DELETE', objectType: 'IMPORT_MAPPING', objectId: saved.id, objectLabel: saved.name, department: null, before: saved, after: null });
      return saved;
    });
  }
}

const INPUT_FIELDS: Record<string, string> = {
  'mapping.metric': 'mapping.metricKey', 'mapping.metric.key': 'mapping.metricKey', 'mapping.metric.column': 'mapping.metricColumn',
  'mapping.timestamp.column': 'mapping.timestampColumn', 'mapping.timestamp.format': 'mapping.timestampFormat', 'mapping.timestamp.timeZone': 'mapping.timeZone',
  'mapping.value.column': 'mapping.valueColumn', 'mapping.dimensions': 'mapping.dimensionColumns',
  'mapping.createdAt': 'mapping.timestampFormat', 'mapping.createdAt.format': 'mapping.timestampFormat', 'mapping.createdAt.timeZone': 'mapping.timeZone',
};

function inputField(field: string): string {
  // A lead mapping's columns (mapping.columns.channel) are the input's leadColumns.
  if (field.startsWith('mapping.columns')) return field.replace('mapping.columns', 'mapping.leadColumns');
  if (field.startsWith('mapping.signals')) return field.replace('mapping.signals', 'mapping.leadSignals');
  return INPUT_FIELDS[field] ?? field;
}
