import type { MessageKey } from '../../../shared/i18n';

export interface SlaClockTimes {
  state: 'OPEN' | 'MET' | 'BREACHED' | 'CANCELLED';
  dueAt: string;
  metAt: string | null;
}

/**
 * What to say beside a clock's state, and about which instant: a running clock counts down to its deadline; a met
 * one says when it was met (a countdown to a deadline that no longer matters misleads); a breached one when it was due.
 * null when there is nothing to add.
 */
export function slaClockNote(clock: SlaClockTimes): { key: MessageKey; at: string } | null {
  switch (clock.state) {
    case 'OPEN':
      return { key: 'lead.slaDue', at: clock.dueAt };
    case 'MET':
      return clock.metAt ? { key: 'lead.slaMetAt', at: clock.metAt } : null;
    case 'BREACHED':
      return { key: 'lead.slaWasDue', at: clock.dueAt };
    case 'CANCELLED':
      return null;
  }
}
