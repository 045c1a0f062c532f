import type { DataSource } from 'typeorm';
import { DEFAULT_TOLERANCE } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import type { MetricService } from '../metric/metric.service';
import { TargetEntity } from '../metric/target.entity';
import type { TargetInput } from './target.input';

export class TargetService {
  constructor(private readonly db: DataSource, private readonly metrics: MetricService) {}

  listTargets(metricKey: string): Promise<TargetEntity[]> {
    return this.db.getRepository(TargetEntity).find({ where: { metricKey }, order: { effectiveFrom: 'ASC' } });
  }

  async setTarget(input: TargetInput): Promise<TargetEntity> {
    await this.metrics.getMetric(input.metricKey);
    for (const [field, value] of [['value', input.value], ['baseline', input.baseline], ['tolerance', input.tolerance]] as const) {
      if (value != null && !Number.isFinite(value)) throw badUserInput(`${field} must be a finite number`, { field: `input.${field}` });
    }
    const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
    if (tolerance < 0 || tolerance > 1) throw badUserInput('tolerance must be between 0 and 1', { field: 'input.tolerance' });
    if (input.effectiveTo && input.effectiveTo <= input.effectiveFrom) {
      throw badUserInput('effectiveTo must be after effectiveFrom', { field: 'input.effectiveTo' });
    }
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(TargetEntity);
      // A target of the same kind starting at the same instant is the same target: setting it again replaces it.
      const existing = input.id
        ? await repo.findOneBy({ id: input.id, metricKey: input.metricKey })
        : await repo.findOneBy({ metricKey: input.metricKey, kind: input.kind, effectiveFrom: input.effectiveFrom });
      if (input.id && !existing) throw notFound('Target', input.id);
      return repo.save(repo.merge(existing ?? repo.create(), {
        metricKey: input.metricKey,
        kind: input.kind,
        value: input.value,
        baseline: input.baseline ?? null,
        tolerance,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo ?? null,
      }));
    });
  }

  async getTarget(id: string): Promise<TargetEntity> {
    const target = UUID_PATTERN.test(id) ? await this.db.getRepository(TargetEntity).findOneBy({ id }) : null;
    if (!target) throw notFound('Target', id);
    return target;
  }

  async deleteTarget(id: string): Promise<boolean> {
    if (!UUID_PATTERN.test(id)) throw notFound('Target', id);
    return this.db.transaction(async (manager) => {
      const result = await manager.getRepository(TargetEntity).delete({ id });
      if (!result.affected) throw notFound('Target', id);
      return true;
    });
  }
}
