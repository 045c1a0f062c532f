import type { FunnelGroupFieldsFragment, LeadStatus } from '../../../gql/graphql';

/** The forward path the funnel chart draws; LOST and DISQUALIFIED are exits, not stages. */
export const FUNNEL_PATH: readonly LeadStatus[] = ['NEW', 'MQL', 'SQL', 'OPPORTUNITY', 'WON'];

export interface FunnelBar {
  status: LeadStatus;
  entered: number;
  /** Share of the previous stage's count (sum/sum, like the KPIs); null for NEW or with nothing before. */
  conversion: number | null;
}

export function funnelBars(group: FunnelGroupFieldsFragment): FunnelBar[] {
  return FUNNEL_PATH.map((status) => {
    const stage = group.stages.find((s) => s.status === status);
    return { status, entered: stage?.entered ?? 0, conversion: stage?.conversion ?? null };
  });
}

export interface ChannelConversion {
  channel: string;
  leads: number;
  mqlToSql: number | null;
  leadToCustomer: number | null;
}

const entered = (group: FunnelGroupFieldsFragment, status: LeadStatus) => group.stages.find((s) => s.status === status)?.entered ?? 0;
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Per channel, the alignment indicator (MQL → SQL) and the whole funnel (lead → customer), most leads first. */
export function channelConversions(groups: readonly FunnelGroupFieldsFragment[]): ChannelConversion[] {
  return groups
    .filter((g): g is FunnelGroupFieldsFragment & { key: string } => g.key !== null)
    .map((g) => ({
      channel: g.key,
      leads: entered(g, 'NEW'),
      mqlToSql: ratio(entered(g, 'SQL'), entered(g, 'MQL')),
      leadToCustomer: ratio(entered(g, 'WON'), entered(g, 'NEW')),
    }))
    .sort((a, b) => b.leads - a.leads || a.channel.localeCompare(b.channel));
}

/** Hours as hours up to two days, as days beyond: a stage lasting weeks reads better in days. */
export function readableDuration(hours: number): { value: number; unit: { kind: 'HOURS' | 'DAYS' } } {
  return hours >= 48 ? { value: hours / 24, unit: { kind: 'DAYS' } } : { value: hours, unit: { kind: 'HOURS' } };
}
