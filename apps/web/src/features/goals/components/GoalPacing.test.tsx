import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimeZoneContext } from '../../../shared/format/TimeZoneContext';
import { I18nProvider, type Language } from '../../../shared/i18n';
import type { PlanGoal } from '../lib/goalTree';
import { GoalPacing } from './GoalPacing';

const unit = { __typename: 'Unit', kind: 'CURRENCY', currency: 'USD', scaleMin: null, scaleMax: null } as const;
const progress = (status: PlanGoal['progress']['status'], actual: number | null): PlanGoal['progress'] => ({
  __typename: 'GoalProgress', at: '2026-06-01T00:00:00.000Z', expected: 2_000_000, actual, projectedAtEnd: actual === null ? null : 4_500_000, status, trajectory: [], actuals: [],
});

function renderPacing(value: PlanGoal['progress'], language: Language = 'en') {
  render(
    <TimeZoneContext.Provider value="UTC">
      <I18nProvider language={language}>
        <GoalPacing progress={value} unit={unit} />
      </I18nProvider>
    </TimeZoneContext.Provider>,
  );
  return screen.getByTestId('goal-pacing');
}

describe('GoalPacing', () => {
  it.each<['AHEAD' | 'ON_PACE' | 'BEHIND', Language, string]>([
    ['AHEAD', 'en', 'Ahead of goal'],
    ['ON_PACE', 'en', 'On pace'],
    ['BEHIND', 'en', 'Behind goal'],
    ['AHEAD', 'es', 'Por delante del objetivo'],
    ['BEHIND', 'es', 'Por detrás del objetivo'],
  ])('shows %s (%s) as an icon and text, not colour alone', (status, language, label) => {
    const pacing = renderPacing(progress(status, 2_100_000), language);
    const badge = pacing.querySelector(`[data-status="${status}"]`)!;
    expect(badge.textContent).toBe(label);
    expect(badge.querySelector('svg')).not.toBeNull();
  });

  it('shows the value expected today, the actual one and the projected end value in the unit', () => {
    renderPacing(progress('BEHIND', 1_500_000));
    expect(screen.getByTestId('goal-expected').textContent).toBe('$2M');
    expect(screen.getByTestId('goal-actual').textContent).toBe('$1.5M');
    expect(screen.getByTestId('goal-projected').textContent).toBe('$4.5M');
  });

  it('says there is no data yet rather than a status before anything is measured', () => {
    const pacing = renderPacing(progress(null, null));
    expect(pacing.querySelector('[data-status="NONE"]')?.textContent).toBe('No data yet');
    expect(screen.getByTestId('goal-actual').textContent).toBe('—');
    expect(screen.getByTestId('goal-projected').textContent).toBe('—');
  });
});
