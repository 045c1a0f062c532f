import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createEventBus, type EventBus } from './common/event-bus';
import { DashboardService } from './modules/dashboard/dashboard.service';
import { KpiService } from './modules/kpi/kpi.service';
import { LiveKpiService } from './modules/live/live-kpi.service';
import { MetricService } from './modules/metric/metric.service';
import { ObservationService } from './modules/observation/observation.service';
import { TargetService } from './modules/target/target.service';

export interface Services {
  config: Config;
  db: DataSource;
  bus: EventBus;
  metrics: MetricService;
  targets: TargetService;
  kpis: KpiService;
  observations: ObservationService;
  dashboards: DashboardService;
  live: LiveKpiService;
}

export function createServices(config: Config, db: DataSource, log: (message: string, error?: unknown) => void): Services {
  const bus = createEventBus();
  const metrics = new MetricService(db);
  const kpis = new KpiService(db, config.organization.timeZone);
  return {
    config,
    db,
    bus,
    metrics,
    targets: new TargetService(db, metrics),
    kpis,
    observations: new ObservationService(db, bus),
    dashboards: new DashboardService(db, kpis),
    live: new LiveKpiService(bus, metrics, kpis, config.live.tickMs, (error) => log('live KPI refresh failed', error)),
  };
}
