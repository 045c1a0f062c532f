import type { DataSource, EntityManager } from 'typeorm';
import type { EventBus } from '../bus/event-bus';
import type { ObservationService } from '../observation/observation.service';
import type { LeadDimensions, LeadEventKind, LeadStatus } from '@opshub/metrics';
import { bucketObservations } from './lead-metrics.query';

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
    const points = await bucketObservations(tx, ids);
    await this.observations.writeComputed(tx, points);
    return [...new Set(points.map((p) => p.metricKey))];
  }
}

/** Appends events to their leads' journeys in one statement; returns their ids. */
export async function insertEvents(tx: EntityManager, drafts: readonly EventDraft[]): Promise<string[]> {
  if (drafts.length === 0) return [];
  const column = <V>(pick: (d: EventDraft) => V) => drafts.map(pick);
  const rows: Array<{ id: string }> = await tx.query(
    `INSERT INTO lead_event (lead_id, at, kind, from_status, to_status, actor, reason, details, channel, campaign, region, segment, rep_key, facts, stage_hours)
     SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[],
                          $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::jsonb[], $15::float8[])
     RETURNING id`,
    [
      column((d) => d.leadId), column((d) => d.at), column((d) => d.kind), column((d) => d.fromStatus ?? null),
      column((d) => d.toStatus ?? null), column((d) => d.actor), column((d) => d.reason ?? null),
      column((d) => JSON.stringify(d.details ?? {})), column((d) => d.dims.channel), column((d) => d.dims.campaign),
      column((d) => d.dims.region), column((d) => d.dims.segment), column((d) => d.dims.repKey),
      column((d) => JSON.stringify(d.facts)), column((d) => d.stageHours ?? null),
    ],
  );
  return rows.map((row) => row.id);
}
