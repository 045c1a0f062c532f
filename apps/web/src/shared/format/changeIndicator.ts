import { changeSentiment, displayedChange, type Direction } from '@opshub/metrics';
import { toUnit, type GqlUnit } from './unit';

export interface ChangeIndicator {
  sentiment: 'GOOD' | 'BAD' | 'NEUTRAL';
  arrow: 'up' | 'down' | 'flat';
}

/** Arrow and colour of a change, judged on the change as displayed: "0 pts" is flat, never a rise. */
export function changeIndicator(kpi: { change: number | null; changeRatio: number | null }, unit: GqlUnit, direction: Direction): ChangeIndicator {
  const shown = displayedChange(kpi.change, kpi.changeRatio, toUnit(unit));
  return {
    sentiment: changeSentiment(shown, direction),
    arrow: !shown ? 'flat' : shown > 0 ? 'up' : 'down',
  };
}

/** Whether there is a change to show: without comparison data (or with nothing to compare against) there is none. */
export function hasChange(kpi: { change: number | null; changeRatio: number | null }): boolean {
  return kpi.change !== null || kpi.changeRatio !== null;
}
