import { describe, expect, it } from 'vitest';
import { slaClockNote, type SlaClockTimes } from './slaClock';

const DUE = '2026-01-11T09:00:00.000Z';
const MET = '2026-01-10T16:00:00.000Z';

describe('slaClockNote', () => {
  it.each<[string, SlaClockTimes, ReturnType<typeof slaClockNote>]>([
    ['a running clock counts down to its deadline', { state: 'OPEN', dueAt: DUE, metAt: null }, { key: 'lead.slaDue', at: DUE }],
    ['a met clock says when it was met, not when it would have been due', { state: 'MET', dueAt: DUE, metAt: MET }, { key: 'lead.slaMetAt', at: MET }],
    ['a breached clock says when it was due', { state: 'BREACHED', dueAt: DUE, metAt: null }, { key: 'lead.slaWasDue', at: DUE }],
    ['a cancelled clock adds nothing', { state: 'CANCELLED', dueAt: DUE, metAt: null }, null],
  ])('%s', (_label, clock, expected) => {
    expect(slaClockNote(clock)).toEqual(expected);
  });
});
