import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventBus } from '../bus/event-bus';
import type { ObservationService } from '../observation/observation.service';
import type { LeadDimensions, LeadEventKind, LeadStatus } from '@opshub/metrics';
import { runSql } from '../../database/sql';
import { bucketObservations, LEAD_EVENTS } from './lead-metrics.query';

/** An event about to be appended to a lead's journey. */
export interface EventDraft {
  leadId: string;
  at: Date;
  kind: LeadEventKind;
  fromStatus?: LeadStatus | null;
  toStatus?: LeadStatus | null;
  actor: string;
  reason?: string | null;
  details?: Record<string, unknown>;
  dims: LeadDimensions;
  facts: Record<string, number>;
  stageHours?: number | null;
}

/**
 * The one write path of lead events. A unit of work appends its events and recomputes the observations of
 * the buckets they touch in the same transaction as the lead change; after commit it announces the change
 * to live KPIs (`observationsRecorded`), lead subscribers and SLA-breach subscribers.
 */
export class LeadJournal {
  constructor(
    private readonly db: DataSource,
    private readonly observations: ObservationService,
    private readonly bus: EventBus,
  ) {}

  /** Runs `work` in a transaction; the events it pushes onto `journal` are appended, in order, before the commit. */
  async run<T>(work: (tx: EntityManager, journal: EventDraft[]) => Promise<T>): Promise<T> {
    const drafts: EventDraft[] = [];
    const { value, metricKeys } = await this.db.transaction(async (tx) => {
      const result = await work(tx, drafts);
      return { value: result, metricKeys: await this.append(tx, drafts) };
    });
    if (metricKeys.length > 0) this.bus.publish('observationsRecorded', { metricKeys });
    const kinds = new Map<string, Set<LeadEventKind>>();
    for (const draft of drafts) kinds.set(draft.leadId, (kinds.get(draft.leadId) ?? new Set()).add(draft.kind));
    for (const [leadId, set] of kinds) this.bus.publish('leadChanged', { leadId, kinds: [...set] });
    for (const draft of drafts.filter((d) => d.kind === 'SLA_BREACHED')) {
      this.bus.publish('slaBreached', { clockId: String(draft.details?.clockId), leadId: draft.leadId });
    }
    return value;
  }

  /** Inserts the events and writes the observations of the buckets they touch; returns those metrics. */
  private async append(tx: EntityManager, drafts: readonly EventDraft[]): Promise<string[]> {
    const ids = await insertEvents(tx, drafts);
    if (!drafts.some((d) => Object.keys(d.facts).length > 0)) return [];
    const points = await bucketObservations(tx, LEAD_EVENTS, ids);
    await this.observations.writeComputed(tx, points);
    return [...new Set(points.map((p) => p.metricKey))];
  }
}

/** Appends events to their leads' journeys in one statement; returns their ids. */
export async function insertEvents(tx: EntityManager, drafts: readonly EventDraft[]): Promise<string[]> {
  if (drafts.length === 0) return [];
  const column = <V>(pick: (d: EventDraft) => V) => drafts.map(pick);
  const rows = await runSql(tx, sql<{ id: string }>`
    INSERT INTO lead_event (lead_id, at, kind, from_status, to_status, actor, reason, details, channel, campaign, region, segment, rep_key, facts, stage_hours)
    SELECT * FROM unnest(${column((d) => d.leadId)}::uuid[], ${column((d) => d.at)}::timestamptz[], ${column((d) => d.kind)}::text[],
                         ${column((d) => d.fromStatus ?? null)}::text[], ${column((d) => d.toStatus ?? null)}::text[], ${column((d) => d.actor)}::text[],
                         ${column((d) => d.reason ?? null)}::text[], ${column((d) => JSON.stringify(d.details ?? {}))}::jsonb[],
                         ${column((d) => d.dims.channel)}::text[], ${column((d) => d.dims.campaign)}::text[], ${column((d) => d.dims.region)}::text[],
                         ${column((d) => d.dims.segment)}::text[], ${column((d) => d.dims.repKey)}::text[], ${column((d) => JSON.stringify(d.facts))}::jsonb[],
                         ${column((d) => d.stageHours ?? null)}::float8[])
    RETURNING id`);
  return rows.map((row) => row.id);
}
