import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MetricEntity } from '../modules/metric/metric.entity';
import { TargetEntity } from '../modules/metric/target.entity';
import { DashboardEntity, DashboardVersionEntity } from '../modules/dashboard/dashboard.entity';
import { LeadEntity, LeadEventEntity, OpportunityEntity } from '../modules/revops/lead.entity';
import { LeadScoringEntity, ScoringRuleEntity } from '../modules/revops/lead-scoring.entity';
import { SalesRepEntity } from '../modules/revops/sales-rep.entity';
import { SlaClockEntity, SlaPolicyEntity } from '../modules/revops/sla.entity';
import { GoalEntity } from '../modules/goal/goal.entity';
import { AlertEntity, AlertRuleEntity } from '../modules/alert/alert.entity';
import { AnnotationEntity } from '../modules/annotation/annotation.entity';
import { DigestSubscriptionEntity } from '../modules/digest/digest.entity';
import { WebhookEndpointEntity } from '../modules/webhook/webhook.entity';
import { ApiKeyEntity, PasswordTokenEntity, SessionEntity, UserEntity } from '../modules/auth/auth.entity';
import { AuditEventEntity } from '../modules/audit/audit.entity';
import { DimensionLabelEntity } from '../modules/dimension/dimension.entity';
import { SqlConnectionEntity, SqlSourceEntity, SqlSyncRunEntity } from '../modules/source/source.entity';
import { OrganizationSettingsEntity } from '../modules/organization/organization.entity';
import { ShareLinkEntity } from '../modules/share/share-link.entity';
import { InitiativeEntity } from '../modules/initiative/initiative.entity';
import { ChecklistItemEntity, RaciAssignmentEntity } from '../modules/plan/plan.entity';
import { InitialSchema1763884800000 } from './migrations/1763884800000-initial-schema';
import { ObservationRollups1795420800000 } from './migrations/1795420800000-observation-rollups';
import { RevopsFunnel1795507200000 } from './migrations/1795507200000-revops-funnel';
import { Goals1795593600000 } from './migrations/1795593600000-goals';
import { AlertsAnnotations1795680000000 } from './migrations/1795680000000-alerts-annotations';
import { AccessControl1795766400000 } from './migrations/1795766400000-access-control';
import { DropSeriesDimensionsIndex1795856400000 } from './migrations/1795856400000-drop-series-dimensions-index';
import { RecordObservationsAtEventInstants1796515200000 } from './migrations/1796515200000-record-observations-at-event-instants';
import { AuditTrail1796601600000 } from './migrations/1796601600000-audit-trail';
import { UserInvitations1796601600001 } from './migrations/1796601600001-user-invitations';
import { CatalogOwnersDimensionLabels1796605200000 } from './migrations/1796605200000-catalog-owners-dimension-labels';
import { AnnotationAuthor1796612400000 } from './migrations/1796612400000-annotation-author';
import { LocalisedNotifications1796630400000 } from './migrations/1796630400000-localised-notifications';
import { JobQueueSchema1796634000000 } from './migrations/1796634000000-job-queue-schema';
import { AlertChannels1796608800000 } from './migrations/1796608800000-alert-channels';
import { EditableDashboards1796616000000 } from './migrations/1796616000000-editable-dashboards';
import { DashboardShareLinks1796619600000 } from './migrations/1796619600000-dashboard-share-links';
import { FileImports1796623200000 } from './migrations/1796623200000-file-imports';
import { MetricFreshness1796626800000 } from './migrations/1796626800000-metric-freshness';
import { SqlSources1796626800001 } from './migrations/1796626800001-sql-sources';
import { ImportMappings1796637600000 } from './migrations/1796637600000-import-mappings';
import { RollupChanges1796641200000 } from './migrations/1796641200000-rollup-changes';
import { SharedFunnel1796648400000 } from './migrations/1796648400000-shared-funnel';
import { Initiatives1796652000000 } from './migrations/1796652000000-initiatives';
import { OperatingPlan1796666400000 } from './migrations/1796666400000-operating-plan';
import { ImportErrorCodes1796655600000 } from './migrations/1796655600000-import-error-codes';
import { WorkflowDashboards1796659200000 } from './migrations/1796659200000-workflow-dashboards';
import { WorkflowDurationSamples1796662800000 } from './migrations/1796662800000-workflow-duration-samples';
import { Reviews1796670000000 } from './migrations/1796670000000-reviews';
import { PartitionObservations1796673600000 } from './migrations/1796673600000-partition-observations';
import { ReviewNotices1796680800000 } from './migrations/1796680800000-review-notices';
import { CatalogVersion1796691600000 } from './migrations/1796691600000-catalog-version';
import { MarginScale1796695200000 } from './migrations/1796695200000-margin-scale';
import { WorkflowRecords1796644800000 } from './migrations/1796644800000-workflow-records';
import { WorkflowEventEntity, WorkflowRecordEntity, WorkflowSlaClockEntity, WorkflowSlaPolicyEntity } from '../modules/workflow/workflow.entity';

export const ENTITIES = [
  MetricEntity, TargetEntity, DashboardEntity, DashboardVersionEntity, SalesRepEntity, LeadEntity, LeadEventEntity, OpportunityEntity,
  ScoringRuleEntity, LeadScoringEntity, SlaPolicyEntity, SlaClockEntity, GoalEntity,
  AlertRuleEntity, AlertEntity, AnnotationEntity, WebhookEndpointEntity, DigestSubscriptionEntity,
  UserEntity, SessionEntity, ApiKeyEntity, PasswordTokenEntity, AuditEventEntity, OrganizationSettingsEntity, DimensionLabelEntity,
  ShareLinkEntity, SqlConnectionEntity, SqlSourceEntity, SqlSyncRunEntity, InitiativeEntity, ChecklistItemEntity, RaciAssignmentEntity,
  WorkflowRecordEntity, WorkflowEventEntity, WorkflowSlaPolicyEntity, WorkflowSlaClockEntity,
];
export const MIGRATIONS = [InitialSchema1763884800000, ObservationRollups1795420800000, RevopsFunnel1795507200000, Goals1795593600000,
  AlertsAnnotations1795680000000, AccessControl1795766400000, DropSeriesDimensionsIndex1795856400000,
  RecordObservationsAtEventInstants1796515200000, AuditTrail1796601600000, UserInvitations1796601600001, CatalogOwnersDimensionLabels1796605200000,
  AlertChannels1796608800000, AnnotationAuthor1796612400000, EditableDashboards1796616000000, DashboardShareLinks1796619600000, FileImports1796623200000,
  MetricFreshness1796626800000, SqlSources1796626800001, LocalisedNotifications1796630400000, JobQueueSchema1796634000000,
  ImportMappings1796637600000, RollupChanges1796641200000, WorkflowRecords1796644800000, SharedFunnel1796648400000, Initiatives1796652000000,
  ImportErrorCodes1796655600000, WorkflowDashboards1796659200000, WorkflowDurationSamples1796662800000, OperatingPlan1796666400000,
  Reviews1796670000000, PartitionObservations1796673600000, ReviewNotices1796680800000, CatalogVersion1796691600000, MarginScale1796695200000,
];

/** Connecting gives up after this, so requests fail fast instead of queueing while PostgreSQL is unreachable. */
export const CONNECT_TIMEOUT_MS = 3000;

/** Statements of known long work (the rollup rebuild) run under this bound instead of the pool's (SET LOCAL in their transaction). */
export const LONG_WORK_STATEMENT_TIMEOUT = '30min';

/**
 * Schema changes go through the timestamped migrations, never `synchronize`. `statementTimeoutMs` bounds every
 * statement of the pool (0 or unset: no bound).
 */
export function createDataSource(url: string, options: { poolSize?: number; serverJit?: boolean; statementTimeoutMs?: number } = {}): DataSource {
  const settings = [...(options.serverJit ? [] : ['-c jit=off']), ...(options.statementTimeoutMs ? [`-c statement_timeout=${options.statementTimeoutMs}`] : [])];
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    applicationName: 'opshub',
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    // keepAlive: a connection to a vanished server errors out instead of hanging. jit off: our statements are
    // short index lookups whose nested-loop cost estimates cross jit_above_cost, and compiling them took
    // ~250 ms of a 260 ms rollup refresh (EXPLAIN ANALYZE of a 10,000-point batch).
    extra: { max: options.poolSize ?? 10, keepAlive: true, Client: PooledClient, ...(settings.length > 0 ? { options: settings.join(' ') } : {}) },
  });
}

/**
 * The pool's connections. pg-pool listens for a connection's errors only while it is idle in the pool; one checked
 * out between two statements (a transaction awaiting other work) that loses its server would emit 'error' with no
 * listener and crash the process. Listened to here, the error instead leaves the connection unqueryable: its next
 * statement fails (a 503 for the caller, see database-errors.ts) and the pool drops it on release.
 */
class PooledClient extends Client {
  constructor(config?: ConstructorParameters<typeof Client>[0]) {
    super(config);
    this.on('error', () => undefined);
  }
}
