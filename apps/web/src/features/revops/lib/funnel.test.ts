import { describe, expect, it } from 'vitest';
import type { FunnelGroupFieldsFragment, LeadStatus } from '../../../gql/graphql';
import { channelConversions, funnelBars, readableDuration } from './funnel';

function group(key: string | null, counts: Partial<Record<LeadStatus, number>>): FunnelGroupFieldsFragment {
  const order: LeadStatus[] = ['NEW', 'MQL', 'SQL', 'OPPORTUNITY', 'WON', 'LOST', 'DISQUALIFIED'];
  return {
    __typename: 'FunnelGroup',
    key,
    winRate: null,
    responseTime: { __typename: 'ResponseTime', contacted: 0, medianHours: null, p90Hours: null },
    stages: order.map((status, i) => ({
      __typename: 'FunnelStage',
      status,
      entered: counts[status] ?? 0,
      conversion: i > 0 && i < 5 && (counts[order[i - 1]] ?? 0) > 0 ? (counts[status] ?? 0) / counts[order[i - 1]]! : null,
      medianHoursInStage: null,
    })),
  };
}

describe('funnelBars', () => {
  it('draws the forward path only, with the conversion from the previous stage', () => {
    expect(funnelBars(group(null, { NEW: 10, MQL: 8, SQL: 4, OPPORTUNITY: 2, WON: 1, LOST: 1, DISQUALIFIED: 5 }))).toEqual([
      { status: 'NEW', entered: 10, conversion: null },
      { status: 'MQL', entered: 8, conversion: 0.8 },
      { status: 'SQL', entered: 4, conversion: 0.5 },
      { status: 'OPPORTUNITY', entered: 2, conversion: 0.5 },
      { status: 'WON', entered: 1, conversion: 0.5 },
    ]);
  });
});

describe('channelConversions', () => {
  it('computes MQL → SQL and lead → customer as ratios of counts, most leads first, without the ungrouped rest', () => {
    expect(channelConversions([group('social', { NEW: 4, MQL: 2, SQL: 1 }), group(null, { NEW: 9 }), group('referral', { NEW: 5, MQL: 4, SQL: 3, WON: 1 }), group('events', { NEW: 0 })])).toEqual([
      { channel: 'referral', leads: 5, mqlToSql: 0.75, leadToCustomer: 0.2 },
      { channel: 'social', leads: 4, mqlToSql: 0.5, leadToCustomer: 0 },
      { channel: 'events', leads: 0, mqlToSql: null, leadToCustomer: null },
    ]);
  });
});

describe('readableDuration', () => {
  it.each([
    [3, { value: 3, unit: { kind: 'HOURS' } }],
    [47.5, { value: 47.5, unit: { kind: 'HOURS' } }],
    [72, { value: 3, unit: { kind: 'DAYS' } }],
  ])('%p hours', (hours, expected) => {
    expect(readableDuration(hours)).toEqual(expected);
  });
});
