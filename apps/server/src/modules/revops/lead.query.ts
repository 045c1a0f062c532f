import { sql, type InferResult, type Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { LeadEvent as LeadEventRow, Opportunity as OpportunityRow, SalesRep as SalesRepRow } from '../../database/schema';
import { qb, run, runSql, type Executor } from '../../database/sql';
import type { LeadEntity } from './lead.entity';
import { Lead, LeadEvent, MetricContribution, Opportunity, SalesRep } from './lead.type';

/** A row rendered by to_jsonb: timestamps come back as text. */
export type Jsonb<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** A lead with its owner and opportunity, one row each: every lead read goes through this. */
export function leadSelect() {
  return qb.selectFrom('lead as l')
    .leftJoin('sales_rep as r', 'r.key', 'l.owner_key')
    .leftJoin('opportunity as o', 'o.lead_id', 'l.id')
    .selectAll('l')
    .select([
      sql<Jsonb<Selectable<SalesRepRow>> | null>`to_jsonb(r.*)`.as('owner'),
      sql<Jsonb<Selectable<OpportunityRow>> | null>`to_jsonb(o.*)`.as('opportunity'),
    ]);
}

export type LeadRow = InferResult<ReturnType<typeof leadSelect>>[number];

export function toSalesRep(row: Pick<Selectable<SalesRepRow>, 'key' | 'name' | 'territories' | 'specialisations' | 'capacity' | 'active'>): SalesRep {
  return Object.assign(new SalesRep(), {
    key: row.key, name: row.name, territories: row.territories, specialisations: row.specialisations, capacity: row.capacity, active: row.active,
  });
}

/** Rows grouped under each key, in the keys' order: a loader's batch answers one list per key. */
export function listsByKey<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string): R[][] {
  const lists = new Map<string, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) lists.get(keyOf(row))?.push(row);
  return keys.map((key) => lists.get(key)!);
}

const date = (value: string | null) => (value === null ? null : new Date(value));

export function toLead(row: LeadRow): Lead {
  const o = row.opportunity;
  return Object.assign(new Lead(), {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    email: row.email,
    company: row.company,
    channel: row.channel,
    campaign: row.campaign,
    region: row.region,
    segment: row.segment,
    companySize: row.company_size,
    signals: row.signals,
    score: row.score,
    scoreBreakdown: row.score_breakdown,
    status: row.status,
    owner: row.owner ? toSalesRep(row.owner) : null,
    createdAt: row.created_at,
    statusChangedAt: row.status_changed_at,
    firstContactAt: row.first_contact_at,
    lastEventAt: row.last_event_at,
    // to_jsonb renders timestamps as text.
    opportunity: o && Object.assign(new Opportunity(), {
      amount: o.amount, currency: o.currency, stage: o.stage, openedAt: new Date(o.opened_at),
      expectedCloseAt: date(o.expected_close_at), closedAt: date(o.closed_at), closeReason: o.close_reason,
    }),
  });
}

export function toLeadEvent(row: Selectable<LeadEventRow> & { actor_name: string | null; assignee_name: string | null }): LeadEvent {
  return Object.assign(new LeadEvent(), {
    id: String(row.id),
    at: row.at,
    kind: row.kind as LeadEvent['kind'],
    fromStatus: row.from_status as LeadEvent['fromStatus'],
    toStatus: row.to_status as LeadEvent['toStatus'],
    actor: row.actor,
    actorName: row.actor_name ?? row.actor,
    assigneeName: row.kind === 'ASSIGNED' ? row.assignee_name ?? (row.details as { to?: unknown }).to?.toString() ?? null : null,
    reason: row.reason,
    repKey: row.rep_key,
    details: row.details as Record<string, unknown>,
    contributions: Object.entries(row.facts as Record<string, number>).map(([metricKey, value]) => Object.assign(new MetricContribution(), { metricKey, value })),
  });
}

/** Inserts lead rows in one statement; an externalId already taken skips its row. Returns the ids inserted. */
export async function insertLeadRows(tx: EntityManager, leads: readonly LeadEntity[]): Promise<Set<string>> {
  const column = <V>(pick: (l: LeadEntity) => V) => leads.map(pick);
  const rows = await runSql(tx, sql<{ id: string }>`
    INSERT INTO lead (id, external_id, name, email, company, channel, campaign, region, segment, company_size, signals, score, score_breakdown,
                      status, owner_key, created_at, status_changed_at, first_contact_at, last_event_at)
    SELECT * FROM unnest(${column((l) => l.id)}::uuid[], ${column((l) => l.externalId)}::text[], ${column((l) => l.name)}::text[],
                         ${column((l) => l.email)}::text[], ${column((l) => l.company)}::text[], ${column((l) => l.channel)}::text[],
                         ${column((l) => l.campaign)}::text[], ${column((l) => l.region)}::text[], ${column((l) => l.segment)}::text[],
                         ${column((l) => l.companySize)}::int[], ${column((l) => JSON.stringify(l.signals))}::jsonb[], ${column((l) => l.score)}::int[],
                         ${column((l) => JSON.stringify(l.scoreBreakdown))}::jsonb[], ${column((l) => l.status)}::text[], ${column((l) => l.ownerKey)}::text[],
                         ${column((l) => l.createdAt)}::timestamptz[], ${column((l) => l.statusChangedAt)}::timestamptz[],
                         ${column((l) => l.firstContactAt)}::timestamptz[], ${column((l) => l.lastEventAt)}::timestamptz[])
    ON CONFLICT (external_id) DO NOTHING
    RETURNING id`);
  return new Set(rows.map((row) => row.id));
}

/** The ids of the leads with these externalIds, by externalId. */
export async function idsByExternalId(executor: Executor, externalIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const rows = await run(executor, qb.selectFrom('lead').select(['external_id', 'id']).where(sql<boolean>`external_id = ANY(${externalIds})`));
  return new Map(rows.map((r) => [r.external_id!, r.id]));
}
