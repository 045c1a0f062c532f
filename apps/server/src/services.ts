import { InitiativeService } from './modules/initiative/initiative.service';
import { ChecklistService } from './modules/plan/checklist.service';
import { RaciService } from './modules/plan/raci.service';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { DatabaseProbe } from './database/database-probe';
import { createDataSource } from './database/data-source';
import { ReadReplicas } from './database/read-replicas';
import { createBusTransport, createEventBus, type EventBus } from './modules/bus/event-bus';
import type { Logger } from './common/logger';
import { logBackgroundFailure, PeriodicTask } from './common/periodic-task';
import { createTelemetry, type Telemetry } from './modules/ops/telemetry';
import { AttentionService } from './modules/attention/attention.service';
import { DashboardService, type DashboardKpis } from './modules/dashboard/dashboard.service';
import { DashboardCache } from './modules/dashboard/dashboard-cache';
import { FunnelService } from './modules/revops/funnel.service';
import { GoalService } from './modules/goal/goal.service';
import { LeadJournal } from './modules/revops/lead-journal.service';
import { LeadService } from './modules/revops/lead.service';
import { SlaMonitor } from './modules/revops/sla-monitor.service';
import { SlaService } from './modules/revops/sla.service';
import { WorkflowJournal } from './modules/workflow/workflow-journal.service';
import { WorkflowSlaService } from './modules/workflow/workflow-sla.service';
import { WorkflowService } from './modules/workflow/workflow.service';
import { KpiService } from './modules/kpi/kpi.service';
import { LiveKpiService } from './modules/live/live-kpi.service';
import { MetricService } from './modules/metric/metric.service';
import { ObservationService } from './modules/observation/observation.service';
import { TargetService } from './modules/target/target.service';
import { DimensionService } from './modules/dimension/dimension.service';
import { AlertEvaluator } from './modules/alert/alert-evaluator.service';
import { SourceService } from './modules/source/source.service';
import { ChannelService } from './modules/channel/channel.service';
import { Mailer } from './modules/webhook/webhook-mailer';
import { AlertService } from './modules/alert/alert.service';
import { AnnotationService } from './modules/annotation/annotation.service';
import { DigestService } from './modules/digest/digest.service';
import { WebhookDispatcher } from './modules/webhook/webhook-dispatcher.service';
import { WebhookService } from './modules/webhook/webhook.service';
import { WebhookTargets } from './modules/webhook/webhook-target';
import { AuthService } from './modules/auth/auth.service';
import { AuditService } from './modules/audit/audit.service';
import { ShareLinkService } from './modules/share/share-link.service';
import { OrganizationService } from './modules/organization/organization.service';
import { createRateLimits, type Limiter, type RateLimits } from './common/rate-limits';
import { RetentionService } from './modules/retention/retention.service';
import { PartitionService } from './modules/partition/partition.service';
import { RetentionWorker } from './modules/retention/retention-worker.service';
import { countFolds } from './modules/rollup/rollup.fold';
import { RollupRefresher } from './modules/rollup/rollup.refresher';
import { JobQueue } from './modules/job/job-queue.service';
import { ImportService } from './modules/import/import.service';
import { ImportMappingService } from './modules/import/import-mapping.service';
import { ReviewService } from './modules/review/review.service';
import { ReviewNotifier } from './modules/review/review-notice.service';

export interface Services {
  config: Config;
  db: DataSource;
  /** Readiness: whether PostgreSQL answers, within a fixed time, off the pool. */
  databaseProbe: DatabaseProbe;
  /** Streaming replicas for lag-tolerant reads (DATABASE_READ_URLS; none: every read is the primary's). */
  reads: ReadReplicas;
  logger: Logger;
  telemetry: Telemetry;
  bus: EventBus;
  metrics: MetricService;
  targets: TargetService;
  dimensions: DimensionService;
  kpis: KpiService;
  observations: ObservationService;
  dashboards: DashboardService;
  /** Dashboard KPIs between writes (sized by config.dashboardCache). */
  dashboardCache: DashboardCache<DashboardKpis>;
  shareLinks: ShareLinkService;
  attention: AttentionService;
  live: LiveKpiService;
  leads: LeadService;
  sla: SlaService;
  workflows: WorkflowService;
  workflowSla: WorkflowSlaService;
  /** Queues a breach scan each second a deadline has passed. */
  slaMonitor: SlaMonitor;
  funnel: FunnelService;
  annotations: AnnotationService;
  webhooks: WebhookService;
  /** Defines the webhook delivery jobs; closes the mail relay's connections. */
  webhookDispatcher: WebhookDispatcher;
  channels: ChannelService;
  alerts: AlertService;
  alertEvaluator: AlertEvaluator;
  digests: DigestService;
  /** Queues the sends of the digests that are due. */
  digestScheduler: PeriodicTask;
  goals: GoalService;
  auth: AuthService;
  audit: AuditService;
  organization: OrganizationService;
  retention: RetentionService;
  retentionWorker: RetentionWorker;
  partitions: PartitionService;
  /** Keeps the coming months' observation partitions created and splits the default partition. */
  partitionWorker: PeriodicTask;
  /** Folds the writes' rollup change log (elected: one per database). */
  rollupRefresher: RollupRefresher;
  /** The PostgreSQL job queue (imports, SQL source syncs, webhook deliveries, digests, SLA scans): define job kinds on it before the workers start. */
  jobs: JobQueue;
  imports: ImportService;
  initiatives: InitiativeService;
  /** Milestone checklists of the plan's goals. */
  checklists: ChecklistService;
  /** RACI of the workflows and the campaign workflow; accountableOwnerOf for alerts and reviews. */
  raci: RaciService;
  importMappings: ImportMappingService;
  sources: SourceService;
  /** Queues syncs of the SQL sources that are due. */
  sourceScheduler: PeriodicTask;
  /** Counters of the rate limits (shared by the replicas through Redis when REDIS_URL is set). */
  rateLimits: RateLimits;
  /** Requests per user or API key. */
  requestLimiter: Limiter;
  reviews: ReviewService;
  /** Tells people of their reviews and action items through e-mail and the channels, each once. */
  reviewNotices: ReviewNotifier;
  /** Opens the reviews that are due and tells of overdue reviews and action items (each once, whichever instance gets there first). */
  reviewScheduler: PeriodicTask;
}

export function createServices(config: Config, db: DataSource, logger: Logger): Services {
  const telemetry = createTelemetry();
  const audit = new AuditService(db);
  const metrics = new MetricService(db, audit);
  const bus = createEventBus({
    transport: createBusTransport(config, db, logger),
    allMetricKeys: async () => (await metrics.loadCatalog()).all().map((metric) => metric.key),
    logger,
    busLag: telemetry.busLag,
  });
  const reads = new ReadReplicas(db, config.readReplicas, bus, logger, 
    (url) => createDataSource(url, { poolSize: config.databasePoolSize, statementTimeoutMs: config.databaseStatementTimeoutMs }), telemetry.reads);
  const organization = new OrganizationService(db, config.organization, audit, bus, logger);
  // Periods are cut in the zone in force when each request runs: an ADMIN may change it while the app runs.
  const timeZone = () => organization.current().timeZone;
  const kpis = new KpiService(db, timeZone);
  const partitions = new PartitionService(db);
  const observations = new ObservationService(db, bus, timeZone, telemetry.ingested, () => partitions.retiredBefore);
  countFolds(db, telemetry.rollupFolds);
  const journal = new LeadJournal(db, observations, bus);
  const sla = new SlaService(db, journal, audit);
  const workflowJournal = new WorkflowJournal(db, observations, bus);
  const workflowSla = new WorkflowSlaService(db, workflowJournal);
  const dashboardCache = new DashboardCache<DashboardKpis>(config.dashboardCache, bus, telemetry.dashboardCache);
  const dashboards = new DashboardService(db, kpis, audit, { cache: dashboardCache, timeZone });
  const annotations = new AnnotationService(db, audit);
  const jobs = new JobQueue(db, config.jobs, logger);
  const webhookTargets = new WebhookTargets(config.webhooks.allowedHosts);
  const webhooks = new WebhookService(db, webhookTargets, audit, jobs);
  const webhookDispatcher = new WebhookDispatcher(db, config.webhooks, webhookTargets, new Mailer(config.mail, config.webhooks.timeoutMs), logger, jobs);
  const raci = new RaciService(db, audit);
  const alerts = new AlertService(db, bus, metrics, kpis, webhooks, annotations, timeZone, audit, raci);
  const retention = new RetentionService(db, config.retention, partitions);
  const rateLimits = createRateLimits(config.redisUrl, String(db.driver.database));
  const goals = new GoalService(db, metrics, kpis, audit);
  const channels = new ChannelService(db, webhooks, audit);
  const sources = new SourceService(db, metrics, observations, alerts, audit, config.sources, timeZone, jobs);
  const leads = new LeadService(db, journal, sla, kpis, () => organization.current().currency);
  const reviewNotices = new ReviewNotifier(db, metrics, webhooks, timeZone);
  const reviews = new ReviewService(db, metrics, kpis, goals, dashboards, audit, timeZone, reviewNotices, raci);
  const digests = new DigestService(db, metrics, kpis, dashboards, alerts, webhooks, timeZone, audit, jobs, reviews);
  return {
    config,
    db,
    databaseProbe: new DatabaseProbe(db),
    reads,
    logger,
    telemetry,
    bus,
    metrics,
    targets: new TargetService(db, metrics, audit),
    dimensions: new DimensionService(db),
    kpis,
    observations,
    dashboards,
    dashboardCache,
    shareLinks: new ShareLinkService(db, bus, audit),
    attention: new AttentionService(kpis, goals, timeZone),
    live: new LiveKpiService(bus, metrics, kpis, config.live.tickMs, (error) => logBackgroundFailure(logger, 'live KPI refresh (retried)', error)),
    leads,
    sla,
    workflows: new WorkflowService(db, workflowJournal, workflowSla, kpis, () => organization.current().currency),
    workflowSla,
    slaMonitor: new SlaMonitor([sla, workflowSla], jobs, logger),
    funnel: new FunnelService(db, kpis),
    annotations,
    webhooks,
    webhookDispatcher,
    channels,
    alerts,
    alertEvaluator: new AlertEvaluator(bus, metrics, alerts, config.alerts.tickMs, logger, config.alerts.freshnessScanMs),
    digests,
    digestScheduler: new PeriodicTask(async () => void (await digests.runDue()), config.digests.pollMs, logger, 'digests: queueing due sends'),
    goals,
    auth: new AuthService(db, bus, audit, config.auth, rateLimits),
    audit,
    organization,
    retention,
    retentionWorker: new RetentionWorker(retention, logger, config.retention.intervalMs),
    partitions,
    partitionWorker: new PeriodicTask(async () => {
      const created = await partitions.maintain(config.partitions.aheadMonths);
      if (created.length > 0) logger.info({ created }, 'observation partitions created');
    }, config.partitions.intervalMs, logger, 'observation partitions: creating months'),
    rollupRefresher: new RollupRefresher(db, config.rollups.refreshMs, logger),
    jobs,
    initiatives: new InitiativeService(db, audit, timeZone),
    checklists: new ChecklistService(db, kpis, audit, timeZone),
    raci,
    imports: new ImportService(db, metrics, observations, bus, jobs, leads),
    importMappings: new ImportMappingService(db, audit),
    sources,
    sourceScheduler: new PeriodicTask(async () => void (await sources.queueDue()), config.sources.pollMs, logger, 'sql sources: queueing due syncs'),
    rateLimits,
    requestLimiter: rateLimits.limiter('requests', config.auth.rateLimitPerMinute, 60_000),
    reviews,
    reviewNotices,
    // On the digests' poll: reviews open at the same period boundaries digests are sent at.
    reviewScheduler: new PeriodicTask(async () => {
      await reviews.openDue();
      await reviewNotices.notifyOverdue();
    }, config.digests.pollMs, logger, 'reviews: opening due reviews, telling of overdue ones'),
  };
}
