import { DataSource } from 'typeorm';
import { MetricEntity } from '../modules/metric/metric.entity';
import { TargetEntity } from '../modules/target/target.entity';
import { DashboardEntity, DashboardSectionEntity } from '../modules/dashboard/dashboard.entity';
import { InitialSchema1763884800000 } from './migrations/1763884800000-initial-schema';

export const ENTITIES = [MetricEntity, TargetEntity, DashboardEntity, DashboardSectionEntity];
export const MIGRATIONS = [InitialSchema1763884800000];

/** Schema changes go through the timestamped migrations, never `synchronize`. */
export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    extra: { max: options.poolSize ?? 10 },
  });
}
