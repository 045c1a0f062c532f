import { LEAD_FACT_METRICS, eventFacts, hoursBetween, leadDimensions, observationDimensions, type FactSource } from './lead-facts';
import { HOUR_MS } from './rollup-plan';

describe('eventFacts', () => {
  it.each<[string, FactSource, Record<string, number>]>([
    ['a new lead', { kind: 'CREATED', leadAgeHours: 0 }, { 'marketing.leads': 1 }],
    ['assignment feeds nothing', { kind: 'ASSIGNED', leadAgeHours: 1 }, {}],
    ['queueing feeds nothing', { kind: 'QUEUED', leadAgeHours: 1 }, {}],
    ['first contact: a response after 6 h', { kind: 'CONTACTED', firstContact: true, contactKind: 'CALL', leadAgeHours: 6 }, { 'sales.responses': 1, 'sales.response_hours_total': 6 }],
    ['a later call feeds nothing', { kind: 'CONTACTED', firstContact: false, contactKind: 'CALL', leadAgeHours: 30 }, {}],
    ['a later demo', { kind: 'CONTACTED', firstContact: false, contactKind: 'DEMO', leadAgeHours: 30 }, { 'sales.demos': 1 }],
    ['a demo as first contact', { kind: 'CONTACTED', firstContact: true, contactKind: 'DEMO', leadAgeHours: 2 }, { 'sales.responses': 1, 'sales.response_hours_total': 2, 'sales.demos': 1 }],
    ['SLA met', { kind: 'SLA_MET', leadAgeHours: 1 }, { 'marketing.sla_resolved': 1 }],
    ['SLA breached', { kind: 'SLA_BREACHED', leadAgeHours: 1 }, { 'marketing.sla_resolved': 1, 'marketing.sla_breaches': 1 }],
    ['to MQL', { kind: 'TRANSITIONED', toStatus: 'MQL', leadAgeHours: 1 }, { 'marketing.mql': 1 }],
    ['to SQL', { kind: 'TRANSITIONED', toStatus: 'SQL', leadAgeHours: 1 }, { 'marketing.sql': 1 }],
    ['to OPPORTUNITY after 2 demos', { kind: 'TRANSITIONED', toStatus: 'OPPORTUNITY', amount: 12000, demosBefore: 2, leadAgeHours: 1 }, { 'marketing.pipeline_generated': 12000, 'sales.demos_converted': 2 }],
    ['to OPPORTUNITY without amount or demos', { kind: 'TRANSITIONED', toStatus: 'OPPORTUNITY', leadAgeHours: 1 }, { 'marketing.pipeline_generated': 0 }],
    [
      'WON 96 h after creation, 48 h after the opportunity opened',
      { kind: 'TRANSITIONED', toStatus: 'WON', amount: 5000, leadAgeHours: 96, opportunityAgeHours: 48 },
      {
        'sales.new_customers': 1, 'sales.deals_won': 1, 'sales.deals_closed': 1,
        'sales.conversion_days_total': 4, 'sales.cycle_days_total': 2, 'marketing.lead_revenue': 5000,
      },
    ],
    ['LOST', { kind: 'TRANSITIONED', toStatus: 'LOST', leadAgeHours: 10 }, { 'sales.deals_closed': 1 }],
    ['DISQUALIFIED feeds nothing', { kind: 'TRANSITIONED', toStatus: 'DISQUALIFIED', leadAgeHours: 10 }, {}],
  ])('%s', (_case, source, facts) => {
    expect(eventFacts(source)).toEqual(facts);
  });

  it('feeds only the metrics it declares', () => {
    const sources: FactSource[] = [
      { kind: 'CREATED', leadAgeHours: 0 },
      { kind: 'CONTACTED', firstContact: true, contactKind: 'DEMO', leadAgeHours: 1 },
      { kind: 'SLA_BREACHED', leadAgeHours: 1 },
      ...(['MQL', 'SQL', 'OPPORTUNITY', 'WON', 'LOST'] as const).map((toStatus): FactSource => ({ kind: 'TRANSITIONED', toStatus, demosBefore: 1, leadAgeHours: 1 })),
    ];
    const fed = new Set(sources.flatMap((source) => Object.keys(eventFacts(source))));
    expect([...fed].sort()).toEqual([...LEAD_FACT_METRICS].sort());
  });
});

describe('dimensions', () => {
  it.each<[string, { channel: string; campaign: string | null; region: string; segment: string; ownerKey: string | null }, Record<string, string>]>([
    ['all set', { channel: 'ads', campaign: 'spring', region: 'EMEA', segment: 'SMB', ownerKey: 'ana' }, { channel: 'ads', campaign: 'spring', region: 'EMEA', segment: 'SMB', rep: 'ana' }],
    ['no campaign and no owner are left out, not blank', { channel: 'ads', campaign: null, region: 'NA', segment: 'MID', ownerKey: null }, { channel: 'ads', region: 'NA', segment: 'MID' }],
  ])('%s', (_case, lead, dimensions) => {
    expect(observationDimensions(leadDimensions(lead))).toEqual(dimensions);
  });
});

describe('hoursBetween', () => {
  it.each<[string, string, number]>([
    ['2026-03-01T00:00:00Z', '2026-03-01T06:30:00Z', 6.5],
    ['2026-03-01T00:00:00Z', '2026-03-03T00:00:00Z', 48],
    ['2026-03-01T06:00:00Z', '2026-03-01T00:00:00Z', -6],
  ])('%s → %s is %d h', (from, to, hours) => {
    expect(hoursBetween(new Date(from), new Date(to))).toBe(hours);
    expect(HOUR_MS).toBe(3_600_000);
  });
});
