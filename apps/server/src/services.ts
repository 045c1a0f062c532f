import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createEventBus, type EventBus } from './common/event-bus';
import type { Logger } from './common/logger';
import { createBusTransport } from './modules/bus/bus-transport';
import { createTelemetry, type Telemetry } from './modules/ops/telemetry';
import { DashboardService } from './modules/dashboard/dashboard.service';
import { FunnelService } from './modules/funnel/funnel.service';
import { LeadJournal } from './modules/lead/lead-journal.service';
import { LeadService } from './modules/lead/lead.service';
import { SlaMonitor } from './modules/sla/sla-monitor.service';
import { SlaService } from './modules/sla/sla.service';
import { KpiService } from './modules/kpi/kpi.service';
import { LiveKpiService } from './modules/live/live-kpi.service';
import { MetricService } from './modules/metric/metric.service';
import { ObservationService } from './modules/observation/observation.service';
import { TargetService } from './modules/target/target.service';

export interface Services {
  config: Config;
  db: DataSource;
  logger: Logger;
  telemetry: Telemetry;
  bus: EventBus;
  metrics: MetricService;
  targets: TargetService;
  kpis: KpiService;
  observations: ObservationService;
  dashboards: DashboardService;
  live: LiveKpiService;
  leads: LeadService;
  sla: SlaService;
  slaMonitor: SlaMonitor;
  funnel: FunnelService;
}

export function createServices(config: Config, db: DataSource, logger: Logger): Services {
  const telemetry = createTelemetry();
  const metrics = new MetricService(db);
  const bus = createEventBus({
    transport: createBusTransport(config, db, logger),
    allMetricKeys: async () => (await metrics.loadCatalog()).all().map((metric) => metric.key),
    logger,
    telemetry,
  });
  const kpis = new KpiService(db, config.organization.timeZone);
  const observations = new ObservationService(db, bus);
  const journal = new LeadJournal(db, observations, bus);
  const sla = new SlaService(db, journal);
  return {
    config,
    db,
    logger,
    telemetry,
    bus,
    metrics,
    targets: new TargetService(db, metrics),
    kpis,
    observations,
    dashboards: new DashboardService(db, kpis),
    live: new LiveKpiService(bus, metrics, kpis, config.live.tickMs, (error) => logger.error({ err: error }, 'live KPI refresh failed')),
    leads: new LeadService(db, journal, sla, kpis, config.organization.currency),
    sla,
    slaMonitor: new SlaMonitor(sla, logger),
    funnel: new FunnelService(db, kpis),
  };
}
