import { createTestApp, type TestApp } from '../../testing/test-app';
import { createLead } from '../../testing/lead-fixtures';

/**
 * Record-based metrics cut periods at the event's instant. Two leads are created 10 s and 50 s into an hour that
 * a DST change makes special: the first copy of the repeated hour at fall-back, and the first hour after the
 * skipped one at spring-forward (New York: 01:00 EDT on 2020-11-01, 03:00 EDT on 2026-03-08; Madrid: 02:00 CEST
 * on 2026-10-25, 03:00 CEST on 2026-03-29). A bound 30 s into the hour has exactly one lead on each side.
 */
interface Hour {
  name: string;
  /** The hour's start, an instant. */
  start: string;
}

const ZONES: Array<{ timeZone: string; hours: Hour[] }> = [
  {
    timeZone: 'America/New_York',
    hours: [
      { name: 'the first 01:00 of fall-back', start: '2020-11-01T05:00:00.000Z' },
      { name: '03:00 after spring-forward', start: '2026-03-08T07:00:00.000Z' },
    ],
  },
  {
    timeZone: 'Europe/Madrid',
    hours: [
      { name: 'the first 02:00 of fall-back', start: '2026-10-25T00:00:00.000Z' },
      { name: '03:00 after spring-forward', start: '2026-03-29T01:00:00.000Z' },
    ],
  },
];

const at = (start: string, seconds: number) => new Date(Date.parse(start) + Math.round(seconds * 1000)).toISOString();

describe.each(ZONES)('record metrics cut periods exactly ($timeZone)', ({ timeZone, hours }) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ env: { ORG_TIMEZONE: timeZone } });
    for (const hour of hours) {
      await createLead(app, { channel: 'referral', createdAt: at(hour.start, 10) });
      await createLead(app, { channel: 'referral', createdAt: at(hour.start, 50) });
    }
  });
  afterAll(() => app.close());

  async function numbers(range: { from: string; to: string }) {
    const response = await app.gql(`query ($range: RangeInput) {
      kpi(key: "marketing.leads", range: $range) { value }
      series(key: "marketing.leads", range: $range, granularity: HOUR) { groups { points { at value } } }
      funnel(range: $range) { total { stages { status entered } } }
    }`, { range });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const { kpi, series, funnel } = response.data;
    return {
      kpi: kpi.value,
      firstBucket: series.groups[0]?.points[0] ?? null,
      created: funnel.total.stages.find((s: { status: string }) => s.status === 'NEW').entered,
    };
  }

  it.each(hours)('counts only the lead after a bound 30 s into $name', async ({ start }) => {
    // [hh:00:30, hh+1:00): the lead at hh:00:50 only. The hour's bucket began before the range: shown at its start.
    expect(await numbers({ from: at(start, 30), to: at(start, 3600) })).toEqual({ kpi: 1, firstBucket: { at: at(start, 30), value: 1 }, created: 1 });
  });

  it.each(hours)('counts only the lead before a bound 30 s into $name', async ({ start }) => {
    // [hh-1:00, hh:00:30): the lead at hh:00:10 only; its hour is the range's second bucket.
    const result = await numbers({ from: at(start, -3600), to: at(start, 30) });
    expect({ kpi: result.kpi, created: result.created }).toEqual({ kpi: 1, created: 1 });
  });

  it.each(hours)('counts both leads in [hh:00:10, hh:00:50.001) and neither in [hh:00:10.001, hh:00:50) of $name', async ({ start }) => {
    expect((await numbers({ from: at(start, 10), to: at(start, 50.001) })).created).toBe(2);
    const neither = await numbers({ from: at(start, 10.001), to: at(start, 50) });
    expect({ kpi: neither.kpi, created: neither.created }).toEqual({ kpi: null, created: 0 });
  });
});
