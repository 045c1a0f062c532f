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
  const { id, title, description, at, endAt, metricKeys, departments, alertId, createdBy, createdAt } = entity;
  return Object.assign(new Annotation(), { id, title, description, at, endAt, metricKeys, departments, alertId, createdBy, createdAt });
}

export class AnnotationService {
  constructor(private readonly db: DataSource, private readonly audit: AuditService) {}

  /** Validates and saves, in the caller's transaction when given (an alert acknowledged into an annotation). */
  async create(catalog: Catalog, input: AnnotationInput, actor: AuditActor, options: { tx?: EntityManager; alertId?: string } = {}): Promise<Annotation> {
    const title = input.title.trim();
    if (!title || title.length > MAX_TITLE_LENGTH) throw badUserInput(`title must have 1 to ${MAX_TITLE_LENGTH} characters`, { field: 'input.title' });
    const description = input.description?.trim() ?? '';
    if (description.length > MAX_DESCRIPTION_LENGTH) throw badUserInput(`description is longer than ${MAX_DESCRIPTION_LENGTH} characters`, { field: 'input.description' });
    if (input.endAt && input.endAt < input.at) throw badUserInput('endAt lies before at', { field: 'input.endAt' });
    const metricKeys = [...new Set(input.metricKeys ?? [])];
    metricKeys.forEach((key, i) => {
      if (!catalog.find(key)) throw badUserInput(`unknown metric "${key}"`, { field: `input.metricKeys[${i}]` });
    });
    const write = async (tx: EntityManager) => {
      const repository = tx.getRepository(AnnotationEntity);
      const saved = await repository.save(repository.create({
        title, description, at: input.at, endAt: input.endAt ?? null, metricKeys, departments: [...new Set(input.departments ?? [])],
        alertId: options.alertId ?? null, createdBy: input.createdBy?.trim() || null,
      }));
      await this.recordChange(tx, catalog, actor, null, saved);
      return toAnnotation(saved);
    };
    return options.tx ? write(options.tx) : this.db.transaction(write);
  }

  /** An annotation of one metric shows in that metric's history; its department is the first it is scoped to. */
  private recordChange(tx: EntityManager, catalog: Catalog, actor: AuditActor, before: AnnotationEntity | null, after: AnnotationEntity | null): Promise<void> {
    const annotation = (after ?? before)!;
    const metricKey = annotation.metricKeys.length === 1 ? annotation.metricKeys[0] : null;
    return this.audit.record(tx, {
      actor, action: after ? 'CREATE' : 'DELETE', objectType: 'ANNOTATION', objectId: annotation.id, objectLabel: annotation.title,
      department: annotation.departments[0] ?? (metricKey ? catalog.find(metricKey)?.department ?? null : null), metricKey,
      before: before && auditSnapshot(before), after: after && auditSnapshot(after),
    });
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

  /** null for an id that is not one (malformed or deleted). */
  find(id: string): Promise<AnnotationEntity | null> {
    return UUID_PATTERN.test(id) ? this.db.getRepository(AnnotationEntity).findOneBy({ id }) : Promise.resolve(null);
  }

  async remove(catalog: Catalog, id: string, actor: AuditActor): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const annotation = UUID_PATTERN.test(id) ? await tx.getRepository(AnnotationEntity).findOneBy({ id }) : null;
      if (!annotation) return false;
      await tx.getRepository(AnnotationEntity).delete({ id });
      await this.recordChange(tx, catalog, actor, annotation, null);
      return true;
    });
  }
}
