import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimeZoneContext } from '../../../shared/format/TimeZoneContext';
import { I18nProvider, type Language } from '../../../shared/i18n';
import { makeKpi } from '../../../test/fixtures';
import { KpiSummary } from './KpiSummary';

const NOW = new Date('2026-01-30T12:00:00.000Z');

function renderSummary(kpi: ReturnType<typeof makeKpi>, language: Language) {
  render(
    <TimeZoneContext.Provider value="UTC">
      <I18nProvider language={language}>
        <KpiSummary kpi={kpi} compare="PREVIOUS_PERIOD" now={NOW} />
      </I18nProvider>
    </TimeZoneContext.Provider>,
  );
  return screen.getByTestId('kpi-change').textContent?.replace(/\s+/g, ' ').trim();
}

describe('KpiSummary', () => {
  it.each([
    ['en', 'No comparison data'],
    ['es', 'Sin datos de comparación'],
  ] as const)('says there is no comparison data, not a change from 0 (%s)', (language, expected) => {
    expect(renderSummary(makeKpi({ value: 0.655, comparisonValue: null, change: null, changeRatio: null }), language)).toBe(expected);
  });

  it('shows the change and the comparison value when there is one', () => {
    expect(renderSummary(makeKpi({ value: 0.3, comparisonValue: 0.25, change: 0.05, changeRatio: 0.2 }), 'en')).toMatch(/^\+5\s?pts \(25\s?%\)/);
  });
});
