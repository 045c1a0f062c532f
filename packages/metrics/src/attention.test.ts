import { attentionReasons, compareAttention, flaggedSince, type AttentionCandidate, type FlaggedWindow } from './attention';

const day = (d: number) => new Date(Date.UTC(2026, 10, d));
const windows = (flags: string): FlaggedWindow[] => [...flags].map((flag, i) => ({ end: day(i + 1), flagged: flag === 'x' }));

describe('attentionReasons', () => {
  it.each([
    ['OFF_TRACK', null, ['OFF_TRACK']],
    ['AT_RISK', 'ON_PACE', ['AT_RISK']],
    ['ON_TRACK', 'BEHIND', ['BEHIND_PACE']],
    ['OFF_TRACK', 'BEHIND', ['OFF_TRACK', 'BEHIND_PACE']],
    ['ON_TRACK', 'AHEAD', []],
    ['NO_DATA', null, []],
    [null, null, []],
  ] as const)('%s and pace %s → %j', (status, pacing, expected) => {
    expect(attentionReasons(status, pacing)).toEqual(expected);
  });
});

describe('flaggedSince', () => {
  it.each([
    ['the newest window is fine', '..xx.', null],
    ['only the newest is flagged', '..x.x', { since: day(5), beyondHistory: false }],
    ['a run of three', 'x..xxx', { since: day(4), beyondHistory: false }],
    ['every window is flagged', 'xxxx', { since: day(1), beyondHistory: true }],
    ['no windows', '', null],
  ])('%s (%s)', (_, flags, expected) => {
    expect(flaggedSince(windows(flags))).toEqual(expected);
  });
});

describe('compareAttention', () => {
  const item = (key: string, reasons: AttentionCandidate['reasons'], attainment: number | null, since: number | null): AttentionCandidate => ({
    key, reasons, attainment, since: since === null ? null : day(since),
  });

  it('lists the worst first', () => {
    const items = [
      item('pace-only', ['BEHIND_PACE'], 0.2, 1),
      item('risk', ['AT_RISK'], 0.95, 3),
      item('off-near', ['OFF_TRACK'], 0.8, 2),
      item('off-far', ['OFF_TRACK'], 0.5, 9),
      item('off-and-behind', ['OFF_TRACK', 'BEHIND_PACE'], 0.9, 9),
      item('off-no-target', ['OFF_TRACK'], null, 1),
      item('off-far-older', ['OFF_TRACK'], 0.5, 4),
    ];
    expect([...items].sort(compareAttention).map((i) => i.key)).toEqual([
      'off-and-behind', 'off-far-older', 'off-far', 'off-near', 'off-no-target', 'risk', 'pace-only',
    ]);
  });
});
