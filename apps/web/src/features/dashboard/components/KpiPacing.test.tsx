import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { TimeZoneContext } from '../../../shared/format/TimeZoneContext';
import { I18nProvider, type Language } from '../../../shared/i18n';
import { makeKpi } from '../../../test/fixtures';
import { KpiPacing } from './KpiPacing';

const pacing = (status: 'AHEAD' | 'ON_PACE' | 'BEHIND'): KpiFieldsFragment['pacing'] => ({
  __typename: 'KpiPacing',
  goal: { __typename: 'Goal', id: 'g1', name: 'Win more' },
  expected: 0.3,
  projectedAtEnd: 0.35,
  status,
});
const forecast = (date: string | null): KpiFieldsFragment['forecast'] => ({ __typename: 'KpiForecast', targetValue: 0.4, projectedTargetDate: date });

function renderPacing(kpi: KpiFieldsFragment, language: Language = 'en') {
  return render(
    <TimeZoneContext.Provider value="UTC">
      <I18nProvider language={language}>
        <KpiPacing kpi={kpi} />
      </I18nProvider>
    </TimeZoneContext.Provider>,
  );
}

const text = () => screen.getByTestId('kpi-pacing').textContent?.replace(/\s+/g, ' ').trim();

describe('KpiPacing', () => {
  it.each<['AHEAD' | 'ON_PACE' | 'BEHIND', Language, string]>([
    ['AHEAD', 'en', 'Ahead of goal'],
    ['ON_PACE', 'en', 'On pace'],
    ['BEHIND', 'en', 'Behind goal'],
    ['AHEAD', 'es', 'Por delante del objetivo'],
    ['BEHIND', 'es', 'Por detrás del objetivo'],
  ])('shows %s in %s as icon and text, with the goal for screen readers', (status, language, label) => {
    renderPacing(makeKpi({ pacing: pacing(status) }), language);
    const badge = screen.getByTestId('kpi-pacing').querySelector(`[data-status="${status}"]`)!;
    expect(badge.querySelector('svg')).not.toBeNull();
    expect(text()).toContain(label);
    expect(badge.getAttribute('title')).toContain('Win more');
    expect(badge.querySelector('.sr-only')?.textContent).toContain('Win more');
  });

  it.each<[Language, string]>([
    ['en', 'Projected to reach the target on'],
    ['es', 'Se prevé alcanzar el objetivo el'],
  ])('says when the forecast reaches the target (%s)', (language, phrase) => {
    renderPacing(makeKpi({ forecast: forecast('2026-03-15T00:00:00.000Z') }), language);
    expect(screen.getByTestId('kpi-forecast').textContent).toContain(phrase);
    expect(screen.getByTestId('kpi-forecast').textContent).toMatch(/15/);
    expect(screen.queryByText('Ahead of goal')).toBeNull();
  });

  it('renders nothing without pacing or a projected date', () => {
    const { container } = renderPacing(makeKpi({ forecast: forecast(null) }));
    expect(container.innerHTML).toBe('');
  });
});
