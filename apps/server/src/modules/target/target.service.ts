import type { DataSource } from 'typeorm';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import { DEFAULT_TOLERANCE } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import type { MetricService } from '../metric/metric.service';
import { TargetEntity } from '../metric/target.entity';
import type { TargetInput } from './target.input';

export class TargetService {
  constructor(private readonly db: DataSource, private readonly metrics: MetricService, private readonly audit: AuditService) {}

  listTargets(metricKey: string): Promise<TargetEntity[]> {
    return this.db.getRepository(TargetEntity).find({ where: { metricKey }, order: { effectiveFrom: 'ASC' } });
  }

  async setTarget(input: TargetInput, actor: AuditActor): Promise<TargetEntity> {
    const metric = await this.metrics.getMetric(input.metricKey);
    for (const [field, value] of [['value', input.value], ['baseline', input.baseline], ['tolerance', input.tolerance]] as const) {
      if (value != null && !Number.isFinite(value)) throw badUserInput(`${field} must be a finite number`, { field: `input.${field}` });
    }
    const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
    if (tolerance < 0 || tolerance > 1) throw badUserInput('tolerance must be between 0 and 1', { field: 'input.tolerance' });
    if (input.effectiveTo && input.effectiveTo <= input.effectiveFrom) {
      throw badUserInput('effectiveTo must be after effectiveFrom', { field: 'input.effectiveTo' });
    }
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(TargetEntity);
      // A target of the same kind starting at the same instant is the same target: setting it again replaces it.
      const existing = input.id
        ? await repo.findOneBy({ id: input.id, metricKey: input.metricKey })
        : await repo.findOneBy({ metricKey: input.metricKey, kind: input.kind, effectiveFrom: input.effectiveFrom });
      if (input.id && !existing) throw notFound('Target', input.id);
      const before = existing && auditSnapshot(existing);
      const saved = await repo.save(repo.merge(existing ?? repo.create(), {
        metricKey: input.metricKey,
        kind: input.kind,
        value: input.value,
        baseline: input.baseline ?? null,
        tolerance,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo ?? null,
      }));
      await this.audit.record(tx, {
        actor, action: before ? 'UPDATE' : 'CREATE', objectType: 'TARGET', objectId: saved.id, objectLabel: `${metric.name}: ${saved.kind}`,
        department: metric.department, metricKey: metric.key, before, after: auditSnapshot(saved),
      });
      return saved;
    });
  }

  async getTarget(id: string): Promise<TargetEntity> {
    const target = UUID_PATTERN.test(id) ? await this.db.getRepository(TargetEntity).findOneBy({ id }) : null;
    if (!target) throw notFound('Target', id);
    return target;
  }

  async deleteTarget(id: string, actor: AuditActor): Promise<boolean> {
    const target = await this.getTarget(id);
    const metric = await this.metrics.getMetric(target.metricKey);
    return this.db.transaction(async (tx) => {
      const result = await tx.getRepository(TargetEntity).delete({ id });
      if (!result.affected) throw notFound('Target', id);
      await this.audit.record(tx, {
        actor, action: 'DELETE', objectType: 'TARGET', objectId: id, objectLabel: `${metric.name}: ${target.kind}`,
        department: metric.department, metricKey: metric.key, before: auditSnapshot(target), after: null,
      });
      return true;
    });
  }
}
