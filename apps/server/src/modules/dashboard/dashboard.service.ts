import type { DataSource } from 'typeorm';
import type { Comparison, RangeSpec } from '@opshub/metrics';
import type { DimensionFilter } from '../kpi/stats.query';
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
    return DashboardService.metricKeysOf(await this.getDashboard(slug));
  }

  /** Every metric on the dashboard, once. */
  static metricKeysOf(entity: DashboardEntity): string[] {
    return [...new Set(entity.sections.flatMap((section) => section.metricKeys))];
  }

  /**
   * Every KPI of the dashboard (as getDashboard loaded it) in one batch, or two with a filter (the `filtered` metrics
   * sliced by it, the others whole): the query count does not grow with the number of cards.
   */
  async computeDashboard(
    catalog: Catalog, entity: DashboardEntity, range: RangeSpec | null | undefined, compare: Comparison,
    filter: { filters: readonly DimensionFilter[]; filtered: ReadonlySet<string> } = { filters: [], filtered: new Set() },
  ): Promise<Dashboard> {
    const keys = DashboardService.metricKeysOf(entity);
    const whole = keys.filter((key) => !filter.filtered.has(key));
    const batches = await Promise.all([
      whole.length ? this.kpis.computeKpis(catalog, whole, range, compare) : [],
      filter.filtered.size ? this.kpis.computeKpis(catalog, [...filter.filtered], range, compare, new Date(), filter.filters) : [],
    ]);
    const kpis = new Map(batches.flat().map((kpi) => [kpi.metric.key, kpi]));
    return Object.assign(new Dashboard(), {
      ...summaryFields(entity),
      unfilteredMetricKeys: filter.filters.length ? whole : [],
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
