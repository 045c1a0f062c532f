import type { Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { LeadEvent as LeadEventRow } from '../../database/schema';
import type { LeadEntity } from './lead.entity';
import { Lead, LeadEvent, MetricContribution, Opportunity, SalesRep } from './lead.type';
import type { RawRow } from '../../database/sql';

/** A lead with its owner and opportunity, one row each: every lead read goes through this. */
export const LEAD_SELECT = `
  SELECT l.*, to_jsonb(r.*) AS owner, to_jsonb(o.*) AS opportunity
    FROM lead l
    LEFT JOIN sales_rep r ON r.key = l.owner_key
    LEFT JOIN opportunity o ON o.lead_id = l.id`;

export function toSalesRep(row: RawRow): SalesRep {
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

export function toLead(row: RawRow): Lead {
  const o = row.opportunity as RawRow | null;
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

export function toLeadEvent(row: Selectable<LeadEventRow>): LeadEvent {
  return Object.assign(new LeadEvent(), {
    id: String(row.id),
    at: row.at,
    kind: row.kind as LeadEvent['kind'],
    fromStatus: row.from_status as LeadEvent['fromStatus'],
    toStatus: row.to_status as LeadEvent['toStatus'],
    actor: row.actor,
    reason: row.reason,
    repKey: row.rep_key,
    details: row.details as Record<string, unknown>,
    contributions: Object.entries(row.facts as Record<string, number>).map(([metricKey, value]) => Object.assign(new MetricContribution(), { metricKey, value })),
  });
}

/** Inserts lead rows in one statement; an externalId already taken skips its row. Returns the ids inserted. */
export async function insertLeadRows(tx: EntityManager, leads: readonly LeadEntity[]): Promise<Set<string>> {
  const column = <V>(pick: (l: LeadEntity) => V) => leads.map(pick);
  const rows: Array<{ id: string }> = await tx.query(
    `INSERT INTO lead (id, external_id, name, email, company, channel, campaign, region, segment, company_size, signals, score, score_breakdown,
                       status, owner_key, created_at, status_changed_at, first_contact_at, last_event_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[],
                          $11::jsonb[], $12::int[], $13::jsonb[], $14::text[], $15::text[], $16::timestamptz[], $17::timestamptz[], $18::timestamptz[], $19::timestamptz[])
     ON CONFLICT (external_id) DO NOTHING
     RETURNING id`,
    [
      column((l) => l.id), column((l) => l.externalId), column((l) => l.name), column((l) => l.email), column((l) => l.company),
      column((l) => l.channel), column((l) => l.campaign), column((l) => l.region), column((l) => l.segment), column((l) => l.companySize),
      column((l) => JSON.stringify(l.signals)), column((l) => l.score), column((l) => JSON.stringify(l.scoreBreakdown)), column((l) => l.status),
      column((l) => l.ownerKey), column((l) => l.createdAt), column((l) => l.statusChangedAt), column((l) => l.firstContactAt), column((l) => l.lastEventAt),
    ],
  );
  return new Set(rows.map((row) => row.id));
}
