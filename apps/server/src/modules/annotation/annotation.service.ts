import type { DataSource, EntityManager } from 'typeorm';
import type { TimeRange } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import type { Catalog } from '../metric/catalog';
import { AnnotationEntity } from './annotation.entity';
import type { AnnotationInput } from './annotation.input';
import { Annotation } from './annotation.type';

const MAX_TITLE_LENGTH = 200;
const MAX_DESCRIPTION_LENGTH = 4000;

export function toAnnotation(entity: AnnotationEntity): Annotation {
  const { id, title, description, at, endAt, metricKeys, departments, alertId, createdBy, createdById, createdAt } = entity;
  return Object.assign(new Annotation(), { id, title, description, at, endAt, metricKeys, departments, alertId, createdBy, createdById, createdAt });
}

/** What an author writes, checked: field paths as in the mutations' `input`. */
function validated(catalog: Catalog, input: AnnotationInput): Pick<AnnotationEntity, 'title' | 'description' | 'at' | 'endAt' | 'metricKeys' | 'departments'> {
  const title = input.title.trim();
  if (!title || title.length > MAX_TITLE_LENGTH) throw badUserInput(`title must have 1 to ${MAX_TITLE_LENGTH} characters`, { field: 'input.title' });
  const description = input.description?.trim() ?? '';
  if (description.length > MAX_DESCRIPTION_LENGTH) throw badUserInput(`description is longer than ${MAX_DESCRIPTION_LENGTH} characters`, { field: 'input.description' });
  if (input.endAt && input.endAt < input.at) throw badUserInput('endAt lies before at', { field: 'input.endAt' });
  const metricKeys = [...new Set(input.metricKeys ?? [])];
  metricKeys.forEach((key, i) => {
    if (!catalog.find(key)) throw badUserInput(`unknown metric "${key}"`, { field: `input.metricKeys[${i}]` });
  });
  return { title, description, at: input.at, endAt: input.endAt ?? null, metricKeys, departments: [...new Set(input.departments ?? [])] };
}

export class AnnotationService {
  constructor(private readonly db: DataSource, private readonly audit: AuditService) {}

  /** Validates and saves, in the caller's transaction when given (an alert acknowledged into an annotation). */
  async create(catalog: Catalog, input: AnnotationInput, actor: AuditActor, options: { tx?: EntityManager; alertId?: string } = {}): Promise<Annotation> {
    const write = async (tx: EntityManager) => {
      const repository = tx.getRepository(AnnotationEntity);
      const saved = await repository.save(repository.create({
        ...validated(catalog, input), alertId: options.alertId ?? null, createdBy: input.createdBy?.trim() || null,
        createdById: actor.kind === 'USER' ? actor.id : null,
      }));
      await this.recordChange(tx, catalog, actor, null, saved);
      return toAnnotation(saved);
    };
    return options.tx ? write(options.tx) : this.db.transaction(write);
  }

  /**
   * Replaces what the author wrote (title, description, span, scope); who made it, and from which alert, stay.
   * `authorize` sees the row as locked in the transaction (the caller's, when given), so what it allowed is what changes.
   */
  async update(
    catalog: Catalog, id: string, input: AnnotationInput, actor: AuditActor, authorize: (existing: AnnotationEntity) => Promise<void>, tx?: EntityManager,
  ): Promise<Annotation> {
    return this.locked(id, tx, async (manager, existing) => {
      if (!existing) throw notFound('Annotation', id);
      await authorize(existing);
      const before = { ...existing };
      const saved = await manager.getRepository(AnnotationEntity).save(manager.getRepository(AnnotationEntity).merge(existing, validated(catalog, input)));
      await this.recordChange(manager, catalog, actor, before, saved);
      return toAnnotation(saved);
    });
  }

  /** false when there was no such annotation; `authorize` as for update. */
  async remove(catalog: Catalog, id: string, actor: AuditActor, authorize: (existing: AnnotationEntity) => Promise<void>, tx?: EntityManager): Promise<boolean> {
    return this.locked(id, tx, async (manager, existing) => {
      if (!existing) return false;
      await authorize(existing);
      await manager.getRepository(AnnotationEntity).delete({ id: existing.id });
      await this.recordChange(manager, catalog, actor, existing, null);
      return true;
    });
  }

  /** An annotation of one metric shows in that metric's history; its department is the first it is scoped to. */
  private recordChange(tx: EntityManager, catalog: Catalog, actor: AuditActor, before: AnnotationEntity | null, after: AnnotationEntity | null): Promise<void> {
    const annotation = (after ?? before)!;
    const metricKey = annotation.metricKeys.length === 1 ? annotation.metricKeys[0] : null;
    return this.audit.record(tx, {
      actor, action: before ? (after ? 'UPDATE' : 'DELETE') : 'CREATE', objectType: 'ANNOTATION', objectId: annotation.id, objectLabel: annotation.title,
      department: annotation.departments[0] ?? (metricKey ? catalog.find(metricKey)?.department ?? null : null), metricKey,
      before: before && auditSnapshot(before), after: after && auditSnapshot(after),
    });
  }

  private locked<T>(id: string, tx: EntityManager | undefined, work: (manager: EntityManager, existing: AnnotationEntity | null) => Promise<T>): Promise<T> {
    const run = async (manager: EntityManager) => {
      const existing = UUID_PATTERN.test(id) ? await manager.getRepository(AnnotationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      return work(manager, existing);
    };
    return tx ? run(tx) : this.db.transaction(run);
  }

  /**
   * The annotations a metric's chart over `range` shows: those overlapping the range that are scoped to the
   * metric, to its department, or to nothing (organisation-wide), earliest first.
   */
  async forMetric(catalog: Catalog, key: string, range: TimeRange): Promise<Annotation[]> {
    const metric = catalog.find(key);
    if (!metric) throw notFound('Metric', key);
    const rows = await this.db.getRepository(AnnotationEntity).createQueryBuilder('a')
      .where('a.at < :to AND coalesce(a.end_at, a.at) >= :from', { from: range.from, to: range.to })
      .andWhere(`(:key = ANY(a.metric_keys) OR :department = ANY(a.departments) OR (cardinality(a.metric_keys) = 0 AND cardinality(a.departments) = 0))`, { key, department: metric.department })
      .orderBy('a.at', 'ASC').addOrderBy('a.id', 'ASC')
      .limit(500)
      .getMany();
    return rows.map(toAnnotation);
  }
}
