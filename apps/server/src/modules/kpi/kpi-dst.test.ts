import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric, KPI_FIELDS, record, type PointFixture } from '../../testing/fixtures';

// Hand-computed fixtures on both DST changes of both zones, through the GraphQL API.
// America/New_York: EDT (UTC-4) → EST (UTC-5) at 2020-11-01T06:00Z, the hour 01:00–02:00 local repeats;
//                   EST → EDT at 2026-03-08T07:00Z, 02:00–03:00 local is skipped.
// Europe/Madrid:    CEST (UTC+2) → CET (UTC+1) at 2026-10-25T01:00Z, the hour 02:00–03:00 local repeats;
//                   CET → CEST at 2026-03-29T01:00Z, 02:00–03:00 local is skipped.

interface Zone {
  timeZone: string;
  /** The repeated hour: points, the range, and the expected hourly buckets and values. */
  fallBack: { points: Array<[string, number]>; range: { from: string; to: string }; expected: Array<[string, number | null]> };
  /** A range inside the repeated hours with ragged ends, answered from raw rows. */
  fallBackRaw: { range: { from: string; to: string }; expected: Array<[string, number | null]> };
  springForward: { points: Array<[string, number]>; range: { from: string; to: string }; expected: Array<[string, number | null]> };
  /** A custom Monday-to-Monday week holding each change, and the week before it, midnight to midnight. */
  weeks: Array<{ name: string; range: { from: string; to: string }; previous: { from: string; to: string }; points: Array<[string, number]>; value: number; comparisonValue: number }>;
}

const ZONES: Zone[] = [
  {
    timeZone: 'America/New_York',
    fallBack: {
      points: [
        ['2020-11-01T04:59:59Z', 1], // 00:59:59 EDT
        ['2020-11-01T05:30:00Z', 4], // 01:30 EDT, the first 01:00 hour
        ['2020-11-01T06:30:00Z', 8], // 01:30 EST, the second 01:00 hour
        ['2020-11-01T07:00:00Z', 16], // 02:00 EST
      ],
      range: { from: '2020-11-01T04:00:00.000Z', to: '2020-11-01T08:00:00.000Z' }, // 00:00 EDT – 03:00 EST
      expected: [['2020-11-01T04:00:00.000Z', 1], ['2020-11-01T05:00:00.000Z', 4], ['2020-11-01T06:00:00.000Z', 8], ['2020-11-01T07:00:00.000Z', 16]],
    },
    fallBackRaw: {
      range: { from: '2020-11-01T05:15:00.000Z', to: '2020-11-01T06:45:00.000Z' }, // 01:15 EDT – 01:45 EST
      // The first bucket began before the range: its point is shown at the range's start.
      expected: [['2020-11-01T05:15:00.000Z', 4], ['2020-11-01T06:00:00.000Z', 8]],
    },
    springForward: {
      points: [['2026-03-08T06:30:00Z', 1], ['2026-03-08T07:30:00Z', 2]], // 01:30 EST, 03:30 EDT
      range: { from: '2026-03-08T05:00:00.000Z', to: '2026-03-08T08:00:00.000Z' }, // 00:00 EST – 04:00 EDT
      // 00:00, 01:00, 03:00 local: no bucket for the skipped 02:00. A flow's hour without points is 0.
      expected: [['2026-03-08T05:00:00.000Z', 0], ['2026-03-08T06:00:00.000Z', 1], ['2026-03-08T07:00:00.000Z', 2]],
    },
    weeks: [
      {
        // Mon 2 Mar 00:00 EST – Mon 9 Mar 00:00 EDT (167 h) → Mon 23 Feb 00:00 EST – Mon 2 Mar 00:00 EST.
        name: 'spring forward',
        range: { from: '2026-03-02T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z' },
        previous: { from: '2026-02-23T05:00:00.000Z', to: '2026-03-02T05:00:00.000Z' },
        points: [['2026-02-23T04:30:00Z', 1000], ['2026-02-23T05:30:00Z', 10], ['2026-03-01T12:00:00Z', 20], ['2026-03-05T12:00:00Z', 7]],
        value: 7,
        comparisonValue: 10 + 20, // 23 Feb 00:30 and 1 Mar; 22 Feb 23:30 is before
      },
      {
        // Mon 26 Oct 00:00 EDT – Mon 2 Nov 00:00 EST (169 h) → Mon 19 Oct 00:00 EDT – Mon 26 Oct 00:00 EDT.
        name: 'fall back',
        range: { from: '2020-10-26T04:00:00.000Z', to: '2020-11-02T05:00:00.000Z' },
        previous: { from: '2020-10-19T04:00:00.000Z', to: '2020-10-26T04:00:00.000Z' },
        points: [['2020-10-19T03:30:00Z', 1000], ['2020-10-19T04:30:00Z', 10], ['2020-10-25T12:00:00Z', 20], ['2020-10-28T12:00:00Z', 7]],
        value: 7,
        comparisonValue: 10 + 20, // 19 Oct 00:30 and 25 Oct; 18 Oct 23:30 is before
      },
    ],
  },
  {
    timeZone: 'Europe/Madrid',
    fallBack: {
      points: [
        ['2026-10-24T23:45:00Z', 2], // 01:45 CEST
        ['2026-10-25T00:30:00Z', 4], // 02:30 CEST, the first 02:00 hour
        ['2026-10-25T01:30:00Z', 8], // 02:30 CET, the second 02:00 hour
        ['2026-10-25T02:10:00Z', 16], // 03:10 CET
      ],
      range: { from: '2026-10-24T23:00:00.000Z', to: '2026-10-25T03:00:00.000Z' }, // 01:00 CEST – 04:00 CET
      expected: [['2026-10-24T23:00:00.000Z', 2], ['2026-10-25T00:00:00.000Z', 4], ['2026-10-25T01:00:00.000Z', 8], ['2026-10-25T02:00:00.000Z', 16]],
    },
    fallBackRaw: {
      range: { from: '2026-10-25T00:15:00.000Z', to: '2026-10-25T01:45:00.000Z' }, // 02:15 CEST – 02:45 CET
      expected: [['2026-10-25T00:15:00.000Z', 4], ['2026-10-25T01:00:00.000Z', 8]],
    },
    springForward: {
      points: [['2026-03-29T00:30:00Z', 1], ['2026-03-29T01:30:00Z', 2]], // 01:30 CET, 03:30 CEST
      range: { from: '2026-03-28T23:00:00.000Z', to: '2026-03-29T02:00:00.000Z' }, // 00:00 CET – 04:00 CEST
      expected: [['2026-03-28T23:00:00.000Z', 0], ['2026-03-29T00:00:00.000Z', 1], ['2026-03-29T01:00:00.000Z', 2]],
    },
    weeks: [
      {
        // Mon 23 Mar 00:00 CET – Mon 30 Mar 00:00 CEST (167 h) → Mon 16 Mar 00:00 CET – Mon 23 Mar 00:00 CET.
        name: 'spring forward',
        range: { from: '2026-03-22T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' },
        previous: { from: '2026-03-15T23:00:00.000Z', to: '2026-03-22T23:00:00.000Z' },
        points: [['2026-03-15T22:30:00Z', 1000], ['2026-03-15T23:30:00Z', 10], ['2026-03-20T12:00:00Z', 20], ['2026-03-25T12:00:00Z', 7]],
        value: 7,
        comparisonValue: 10 + 20, // 16 Mar 00:30 and 20 Mar; 15 Mar 23:30 is before
      },
      {
        // Mon 19 Oct 00:00 CEST – Mon 26 Oct 00:00 CET (169 h) → Mon 12 Oct 00:00 CEST – Mon 19 Oct 00:00 CEST.
        name: 'fall back',
        range: { from: '2026-10-18T22:00:00.000Z', to: '2026-10-25T23:00:00.000Z' },
        previous: { from: '2026-10-11T22:00:00.000Z', to: '2026-10-18T22:00:00.000Z' },
        points: [['2026-10-11T21:30:00Z', 1000], ['2026-10-11T22:30:00Z', 10], ['2026-10-15T12:00:00Z', 20], ['2026-10-21T12:00:00Z', 7]],
        value: 7,
        comparisonValue: 10 + 20, // 12 Oct 00:30 and 15 Oct; 11 Oct 23:30 is before
      },
    ],
  },
];

describe.each(ZONES)('numbers on DST changes ($timeZone)', (zone) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ seedCatalog: false, env: { ORG_TIMEZONE: zone.timeZone } });
  });
  afterAll(() => app.close());

  async function metricWith(points: Array<[string, number]>): Promise<string> {
    const key = await createMetric(app, { aggregation: 'SUM' });
    await record(app, points.map(([at, value]): PointFixture => ({ metricKey: key, at, value })));
    return key;
  }

  async function hourSeries(key: string, range: object) {
    const response = await app.gql(`query ($key: ID!, $range: RangeInput) { series(key: $key, range: $range, granularity: HOUR) { groups { points { at value } } } }`, { key, range });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.series.groups[0].points.map((p: { at: string; value: number | null }) => [p.at, p.value]);
  }

  async function kpi(key: string, range: object) {
    const response = await app.gql(`query ($key: ID!, $range: RangeInput) { kpi(key: $key, range: $range, compare: PREVIOUS_PERIOD) { ${KPI_FIELDS} trendGranularity } }`, { key, range });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.kpi;
  }

  it('keeps both copies of the repeated hour apart, each bucket starting at or before its points (hourly rollups)', async () => {
    const key = await metricWith(zone.fallBack.points);
    expect(await hourSeries(key, zone.fallBack.range)).toEqual(zone.fallBack.expected);
  });

  it('keeps both copies of the repeated hour apart from raw rows (a range with ragged ends)', async () => {
    const key = await metricWith(zone.fallBack.points);
    expect(await hourSeries(key, zone.fallBackRaw.range)).toEqual(zone.fallBackRaw.expected);
  });

  it('draws a KPI card trend over the repeated hour in hourly buckets that are instants', async () => {
    const key = await metricWith(zone.fallBack.points);
    const result = await kpi(key, zone.fallBack.range);
    expect(result.trendGranularity).toBe('HOUR');
    expect(result.trend.map((p: { at: string; value: number | null }) => [p.at, p.value])).toEqual(zone.fallBack.expected);
  });

  it('gives the skipped hour of spring forward no bucket', async () => {
    const key = await metricWith(zone.springForward.points);
    expect(await hourSeries(key, zone.springForward.range)).toEqual(zone.springForward.expected);
  });

  it.each(zone.weeks)('compares a custom week holding the $name change with the local week before it', async (week) => {
    const key = await metricWith(week.points);
    const result = await kpi(key, week.range);
    expect(result.comparisonPeriod).toEqual(week.previous);
    expect(result.value).toBe(week.value);
    expect(result.comparisonValue).toBe(week.comparisonValue);
  });
});
