import { planRollupSources, touchedHours, type RollupSourcePlan } from './rollup-plan';
import type { Granularity } from './types';

const d = (iso: string) => new Date(iso);
type Spans = Array<[string, string]>;
const spans = (list: Spans) => list.map(([from, to]) => ({ from: d(from), to: d(to) }));

describe('planRollupSources', () => {
  it.each<[string, string, string, Granularity | null, string, { days?: Spans; hours?: Spans; raw?: Spans }]>([
    ['an empty range plans nothing', '2026-03-10T10:00:00Z', '2026-03-10T10:00:00Z', null, 'UTC', {}],
    ['less than an hour is raw', '2026-03-10T10:05:00Z', '2026-03-10T10:50:00Z', null, 'UTC', { raw: [['2026-03-10T10:05:00Z', '2026-03-10T10:50:00Z']] }],
    ['whole UTC days come from the daily rollup', '2026-03-10T00:00:00Z', '2026-03-12T00:00:00Z', 'DAY', 'UTC', { days: [['2026-03-10T00:00:00Z', '2026-03-12T00:00:00Z']] }],
    ['ragged ends: raw, then hours, then days, then hours, then raw', '2026-03-10T10:30:00Z', '2026-03-12T09:45:00Z', 'DAY', 'UTC', {
      raw: [['2026-03-10T10:30:00Z', '2026-03-10T11:00:00Z'], ['2026-03-12T09:00:00Z', '2026-03-12T09:45:00Z']],
      hours: [['2026-03-10T11:00:00Z', '2026-03-11T00:00:00Z'], ['2026-03-12T00:00:00Z', '2026-03-12T09:00:00Z']],
      days: [['2026-03-11T00:00:00Z', '2026-03-12T00:00:00Z']],
    }],
    ['local days of Madrid start at 23:00 UTC in winter', '2026-01-10T00:00:00Z', '2026-01-12T00:00:00Z', null, 'Europe/Madrid', {
      hours: [['2026-01-10T00:00:00Z', '2026-01-10T23:00:00Z'], ['2026-01-11T23:00:00Z', '2026-01-12T00:00:00Z']],
      days: [['2026-01-10T23:00:00Z', '2026-01-11T23:00:00Z']],
    }],
    ['a Kolkata midnight (18:30 UTC) cuts an hour: its halves are raw', '2026-03-10T12:00:00Z', '2026-03-11T00:00:00Z', 'DAY', 'Asia/Kolkata', {
      hours: [['2026-03-10T12:00:00Z', '2026-03-10T18:00:00Z'], ['2026-03-10T19:00:00Z', '2026-03-11T00:00:00Z']],
      raw: [['2026-03-10T18:00:00Z', '2026-03-10T19:00:00Z']],
    }],
    ['Kolkata local hours cut every UTC hour: hourly buckets are all raw', '2026-03-10T10:00:00Z', '2026-03-10T13:00:00Z', 'HOUR', 'Asia/Kolkata', {
      raw: [['2026-03-10T10:00:00Z', '2026-03-10T13:00:00Z']],
    }],
    ['hourly buckets in a whole-hour zone are whole UTC hours', '2026-03-10T10:15:00Z', '2026-03-10T13:00:00Z', 'HOUR', 'America/New_York', {
      raw: [['2026-03-10T10:15:00Z', '2026-03-10T11:00:00Z']],
      hours: [['2026-03-10T11:00:00Z', '2026-03-10T13:00:00Z']],
    }],
    ['the day of a spring DST change is 23 hours long', '2026-03-29T00:00:00Z', '2026-03-31T00:00:00Z', 'WEEK', 'Europe/Madrid', {
      hours: [['2026-03-29T00:00:00Z', '2026-03-29T22:00:00Z'], ['2026-03-30T22:00:00Z', '2026-03-31T00:00:00Z']],
      days: [['2026-03-29T22:00:00Z', '2026-03-30T22:00:00Z']],
    }],
  ])('%s', (_label, from, to, granularity, timeZone, expected) => {
    const plan = planRollupSources({ from: d(from), to: d(to) }, granularity, timeZone);
    expect(plan).toEqual<RollupSourcePlan>({ days: spans(expected.days ?? []), hours: spans(expected.hours ?? []), raw: spans(expected.raw ?? []) });
  });

  it.each<[string, Granularity | null, string]>([
    ['2026-03-01T07:13:00Z', null, 'Australia/Lord_Howe'],
    ['2026-03-01T07:13:00Z', 'HOUR', 'Australia/Lord_Howe'],
    ['2026-03-02T18:29:00Z', 'MONTH', 'Asia/Kolkata'],
    ['2026-03-03T03:00:00Z', 'DAY', 'America/Santiago'],
  ])('covers the range exactly once (from %s, %s, %s)', (fromIso, granularity, timeZone) => {
    const from = d(fromIso);
    const to = new Date(from.getTime() + 40 * 86_400_000 + 1_234_567);
    const plan = planRollupSources({ from, to }, granularity, timeZone);
    const all = [...plan.days, ...plan.hours, ...plan.raw].sort((a, b) => a.from.getTime() - b.from.getTime());
    expect(all[0].from).toEqual(from);
    expect(all.at(-1)!.to).toEqual(to);
    all.slice(1).forEach((span, i) => expect(span.from).toEqual(all[i].to));
    for (const span of plan.hours) expect([span.from.getTime() % 3_600_000, span.to.getTime() % 3_600_000]).toEqual([0, 0]);
  });
});

describe('touchedHours', () => {
  it.each<[string, Array<[string, string]>, { seriesIds: string[]; hourStarts: string[] }]>([
    ['nothing written, nothing to refresh', [], { seriesIds: [], hourStarts: [] }],
    ['points of one hour refresh it once', [['1', '2026-03-10T10:05:00Z'], ['1', '2026-03-10T10:59:59.999Z']], { seriesIds: ['1'], hourStarts: ['2026-03-10T10:00:00.000Z'] }],
    ['each series and hour apart', [['1', '2026-03-10T10:05:00Z'], ['1', '2026-03-10T11:00:00Z'], ['2', '2026-03-10T11:30:00Z']], {
      seriesIds: ['1', '1', '2'], hourStarts: ['2026-03-10T10:00:00.000Z', '2026-03-10T11:00:00.000Z', '2026-03-10T11:00:00.000Z'],
    }],
  ])('%s', (_label, rows, expected) => {
    expect(touchedHours(rows.map(([seriesId, at]) => ({ seriesId, at: d(at) })))).toEqual(expected);
  });
});
