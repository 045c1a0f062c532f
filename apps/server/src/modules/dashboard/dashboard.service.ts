import type { DataSource } from 'typeorm';
import type { Comparison, RangeSpec } from '@opshub/metrics';
import { notFound } from '../../common/errors';
import type { Catalog } from '../metric/catalog';
import type { KpiService } from '../kpi/kpi.service';
import { DashboardEntity } from './dashboard.entity';
import { Dashboard, DashboardSection, DashboardSummary } from './dashboard.type';

function summaryFields(entity: DashboardEntity) {
  return {
    slug: entity.slug, department: entity.department, defaultTitle: entity.title,
    defaultDescription: entity.description, i18n: entity.i18n,
  };
}

export class DashboardService {
  constructor(private readonly db: DataSource, private readonly kpis: KpiService) {}

  async listDashboards(): Promise<DashboardSummary[]> {
    const entities = await this.db.getRepository(DashboardEntity).find({ order: { position: 'ASC', slug: 'ASC' } });
    return entities.map((entity) => Object.assign(new DashboardSummary(), summaryFields(entity)));
  }

  findDashboard(slug: string): Promise<DashboardEntity | null> {
    return this.db.getRepository(DashboardEntity).findOne({ where: { slug }, relations: { sections: true }, order: { sections: { position: 'ASC' } } });
  }

  async getDashboard(slug: string): Promise<DashboardEntity> {
    const dashboard = await this.findDashboard(slug);
    if (!dashboard) throw notFound('Dashboard', slug);
    return dashboard;
  }

  async metricKeys(slug: string): Promise<string[]> {
    const dashboard = await this.getDashboard(slug);
    return [...new Set(dashboard.sections.flatMap((section) => section.metricKeys))];
  }

  /** Every KPI of the dashboard (as getDashboard loaded it) in one batch: the query count does not grow with the number of cards. */
  async computeDashboard(catalog: Catalog, entity: DashboardEntity, range: RangeSpec | null | undefined, compare: Comparison): Promise<Dashboard> {
    const keys = [...new Set(entity.sections.flatMap((section) => section.metricKeys))];
    const kpis = new Map((await this.kpis.computeKpis(catalog, keys, range, compare)).map((kpi) => [kpi.metric.key, kpi]));
    return Object.assign(new Dashboard(), {
      ...summaryFields(entity),
      sections: entity.sections.map((section) => Object.assign(new DashboardSection(), {
        key: section.key,
        defaultTitle: section.title,
        i18n: section.i18n,
        metricKeys: section.metricKeys,
        kpis: section.metricKeys.map((key) => kpis.get(key)!),
      })),
    });
  }
}
