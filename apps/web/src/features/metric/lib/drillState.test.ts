import { describe, expect, it } from 'vitest';
import {
  addFilter,
  granularityOptions,
  nextGroupBy,
  parseDrillState,
  removeFilter,
  resolveGranularity,
  writeDrillState,
  type DimensionFilter,
  type DrillState,
} from './drillState';

const base: DrillState = { granularity: null, groupBy: null, filters: [], view: 'bars', input: null, cumulative: false };
const parse = (search: string) => parseDrillState(new URLSearchParams(search));

describe('parseDrillState', () => {
  it.each<[string, DrillState]>([
    ['', base],
    ['?granularity=WEEK&groupBy=region', { ...base, granularity: 'WEEK', groupBy: 'region' }],
    ['?granularity=YEARLY', base],
    ['?granularity=week', base],
    ['?groupBy=Region', base],
    ['?groupBy=plan_tier', { ...base, groupBy: 'plan_tier' }],
    ['?view=stacked&cumulative=1', { ...base, view: 'stacked', cumulative: true }],
    ['?view=pie&cumulative=true', base],
    ['?input=sales.deals_won', { ...base, input: 'sales.deals_won' }],
    ['?f=region:EMEA', { ...base, filters: [{ dimension: 'region', values: ['EMEA'] }] }],
    [
      '?f=region:EMEA&f=plan:Pro&f=region:NA',
      { ...base, filters: [{ dimension: 'region', values: ['EMEA', 'NA'] }, { dimension: 'plan', values: ['Pro'] }] },
    ],
    // values may contain colons and URL-encoded characters
    ['?f=source:crm:hubspot', { ...base, filters: [{ dimension: 'source', values: ['crm:hubspot'] }] }],
    ['?f=city%3AS%C3%A3o%20Paulo', { ...base, filters: [{ dimension: 'city', values: ['São Paulo'] }] }],
    ['?f=region%3AA%26B', { ...base, filters: [{ dimension: 'region', values: ['A&B'] }] }],
    // malformed filters are dropped, duplicates collapsed
    ['?f=region&f=:EMEA&f=region:&f=Bad-Dim:x', base],
    ['?f=region:EMEA&f=region:EMEA', { ...base, filters: [{ dimension: 'region', values: ['EMEA'] }] }],
  ])('%s', (search, expected) => {
    expect(parse(search)).toEqual(expected);
  });
});

describe('writeDrillState', () => {
  it.each<[string, DrillState, string]>([
    ['', base, ''],
    ['range=LAST_7_DAYS', { ...base, granularity: 'DAY' }, 'range=LAST_7_DAYS&granularity=DAY'],
    [
      'f=old:x',
      { ...base, groupBy: 'plan', filters: [{ dimension: 'region', values: ['EMEA', 'N&A'] }] },
      'groupBy=plan&f=region%3AEMEA&f=region%3AN%26A',
    ],
    ['', { ...base, view: 'stacked', input: 'a.b', cumulative: true }, 'view=stacked&input=a.b&cumulative=1'],
  ])('%s + %j → %s', (initial, state, expected) => {
    expect(writeDrillState(new URLSearchParams(initial), state).toString()).toBe(expected);
  });

  it.each([
    '?granularity=MONTH&groupBy=region&f=region:EMEA&f=plan:Pro&view=stacked',
    '?f=source:crm:hubspot&f=city:São Paulo&cumulative=1',
    '',
  ])('round-trips %s', (search) => {
    const state = parse(search);
    expect(parse(`?${writeDrillState(new URLSearchParams(), state)}`)).toEqual(state);
  });
});

describe('filter operations', () => {
  const filters: DimensionFilter[] = [{ dimension: 'region', values: ['EMEA'] }];

  it('adds a value to an existing dimension or a new dimension', () => {
    expect(addFilter(filters, 'region', 'NA')).toEqual([{ dimension: 'region', values: ['EMEA', 'NA'] }]);
    expect(addFilter(filters, 'plan', 'Pro')).toEqual([...filters, { dimension: 'plan', values: ['Pro'] }]);
    expect(addFilter(filters, 'region', 'EMEA')).toEqual(filters);
    expect(filters).toEqual([{ dimension: 'region', values: ['EMEA'] }]);
  });

  it('removes a value and drops empty dimensions', () => {
    expect(removeFilter([{ dimension: 'region', values: ['EMEA', 'NA'] }], 'region', 'EMEA')).toEqual([
      { dimension: 'region', values: ['NA'] },
    ]);
    expect(removeFilter(filters, 'region', 'EMEA')).toEqual([]);
    expect(removeFilter(filters, 'plan', 'Pro')).toEqual(filters);
  });

  it.each([
    [['region', 'plan', 'channel'], [], 'region', 'region'],
    [['region', 'plan', 'channel'], [{ dimension: 'region', values: ['EMEA'] }], 'region', 'plan'],
    [['region'], [{ dimension: 'region', values: ['EMEA'] }], 'region', 'region'],
  ] as const)('nextGroupBy(%j, %j) = %s', (dims, f, current, expected) => {
    expect(nextGroupBy(dims, f as unknown as DimensionFilter[], current)).toBe(expected);
  });
});

describe('granularity', () => {
  const days = (n: number) => ({ from: new Date('2026-01-01T00:00:00Z'), to: new Date(Date.UTC(2026, 0, 1 + n)) });

  it('disables granularities that would draw too many points', () => {
    const year = granularityOptions(days(365));
    expect(year.find((o) => o.granularity === 'HOUR')?.disabled).toBe(true);
    expect(year.find((o) => o.granularity === 'DAY')?.disabled).toBe(false);
    expect(granularityOptions(days(30)).every((o) => !o.disabled)).toBe(true);
  });

  it.each([
    [null, 30, 'DAY'],
    ['WEEK', 30, 'WEEK'],
    ['HOUR', 365, 'WEEK'],
    [null, 1, 'HOUR'],
    [null, 365, 'WEEK'],
  ] as const)('resolveGranularity(%s, %d days) = %s', (requested, n, expected) => {
    expect(resolveGranularity(requested, days(n))).toBe(expected);
  });
});
