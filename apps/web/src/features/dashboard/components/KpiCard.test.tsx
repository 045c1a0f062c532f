import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatChange, formatDateTime, formatValue } from '@opshub/metrics';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { TimeZoneContext } from '../../../shared/format/TimeZoneContext';
import { I18nProvider, type Language } from '../../../shared/i18n';
import { makeKpi } from '../../../test/fixtures';
import { KpiCard } from './KpiCard';

// ApexCharts needs a real layout engine; the sparkline's accessible wrapper is still rendered.
vi.mock('../../../shared/charts/SparklineChart', () => ({ default: () => <svg data-testid="sparkline-chart" /> }));

const NOW = new Date('2026-01-30T12:00:00.000Z');

function renderCard(kpi: KpiFieldsFragment, language: Language = 'en', compare: 'PREVIOUS_PERIOD' | 'PREVIOUS_YEAR' = 'PREVIOUS_PERIOD') {
  const ui = (k: KpiFieldsFragment) => (
    <MemoryRouter>
      <TimeZoneContext.Provider value="UTC">
        <I18nProvider language={language}>
          <KpiCard kpi={k} compare={compare} to={`/metrics/${k.metric.key}`} now={NOW} />
        </I18nProvider>
      </TimeZoneContext.Provider>
    </MemoryRouter>
  );
  const result = render(ui(kpi));
  return { ...result, rerenderKpi: (k: KpiFieldsFragment) => result.rerender(ui(k)) };
}

const card = () => screen.getByTestId('kpi-card');
// Collapse layout whitespace only; NBSPs inside formatted numbers are part of the expected output.
const text = (testId: string) => screen.getByTestId(testId).textContent?.replace(/[ \t\r\n]+/g, ' ').trim();

afterEach(() => {
  vi.useRealTimers();
});

describe('KpiCard', () => {
  const winRate = makeKpi({
    key: 'sales.win_rate',
    name: 'Win rate',
    value: 0.275,
    change: 0.025,
    changeRatio: 0.1,
    target: 0.25,
    attainment: 1.1,
    status: 'ON_TRACK',
  });

  it('renders value, target, attainment, change and status in English through @opshub/metrics', () => {
    renderCard(winRate, 'en');
    const unit = { kind: 'PERCENT' } as const;
    expect(text('kpi-value')).toBe(formatValue(0.275, unit, { locale: 'en-US', compact: true }));
    expect(text('kpi-value')).toBe('27.5%');
    expect(text('kpi-target')).toContain(`Target ${formatValue(0.25, unit, { locale: 'en-US' })}`);
    expect(text('kpi-attainment')).toBe('110% of target');
    expect(text('kpi-change')).toContain(formatChange(0.025, 0.1, unit, { locale: 'en-US' }));
    expect(text('kpi-change')).toContain('vs previous period');
    expect(text('kpi-status')).toBe('On track');
    expect(screen.getByTestId('kpi-status').querySelector('svg')).not.toBeNull();
    expect(card().getAttribute('data-metric-key')).toBe('sales.win_rate');
    expect(card().getAttribute('href')).toBe('/metrics/sales.win_rate');
    expect(screen.getByText(`Updated ${formatDateTime(new Date('2026-01-30T11:58:00.000Z'), { locale: 'en-US', style: 'relative', now: NOW })}`)).toBeTruthy();
  });

  it('renders the same card in Spanish', () => {
    renderCard(winRate, 'es', 'PREVIOUS_YEAR');
    const unit = { kind: 'PERCENT' } as const;
    expect(text('kpi-value')).toBe(formatValue(0.275, unit, { locale: 'es-ES', compact: true }));
    expect(text('kpi-value')).toMatch(/^27,5\s?%$/);
    expect(text('kpi-target')).toContain('Objetivo');
    expect(text('kpi-attainment')).toMatch(/^110\s?% del objetivo$/);
    expect(text('kpi-change')).toContain(formatChange(0.025, 0.1, unit, { locale: 'es-ES' }));
    expect(text('kpi-change')).toContain('frente al año anterior');
    expect(text('kpi-status')).toBe('En objetivo');
    expect(card().getAttribute('aria-label')).toMatch(/^Win rate: 27,5\s?%, en objetivo$/);
  });

  it('formats currency compactly on the card and exactly in the tooltip', () => {
    const revenue = makeKpi({
      key: 'sales.revenue',
      name: 'Revenue',
      value: 1234567,
      unit: { kind: 'CURRENCY', currency: 'USD' },
      target: 1500000,
      attainment: 0.823,
      status: 'AT_RISK',
    });
    renderCard(revenue, 'en');
    expect(text('kpi-value')).toBe('$1.2M');
    expect(screen.getByTestId('kpi-value').getAttribute('title')).toBe('Exact value: $1,234,567');
    expect(text('kpi-target')).toContain('Target $1.5M');
    expect(text('kpi-status')).toBe('At risk');
    expect(card().getAttribute('aria-label')).toBe('Revenue: $1.2M, at risk');
  });

  it('has an accessible name and is a focusable link', () => {
    renderCard(winRate);
    const link = screen.getByRole('link', { name: 'Win rate: 27.5%, on track' });
    expect(link).toBe(card());
    link.focus();
    expect(document.activeElement).toBe(link);
    const described = link.getAttribute('aria-describedby')!.split(' ');
    expect(described).toHaveLength(3);
    for (const id of described) expect(document.getElementById(id)).not.toBeNull();
    expect(screen.getByRole('img', { name: /Win rate trend, 4 points/ })).toBeTruthy();
  });

  it.each([
    // [direction, change, expected sentiment (its colour)]
    ['LOWER_IS_BETTER', -0.02, 'GOOD'],
    ['LOWER_IS_BETTER', 0.02, 'BAD'],
    ['HIGHER_IS_BETTER', -0.02, 'BAD'],
    ['HIGHER_IS_BETTER', 0.02, 'GOOD'],
    ['LOWER_IS_BETTER', 0, 'NEUTRAL'],
  ] as const)('%s with change %d is shown as %s news', (direction, change, expected) => {
    renderCard(makeKpi({ key: 'cs.churn', name: 'Churn', value: 0.03, direction, change, changeRatio: change * 10 }));
    expect(screen.getByTestId('kpi-change').getAttribute('data-sentiment')).toBe(expected);
  });

  it('shows status as text + icon for every status, and a placeholder without data', () => {
    renderCard(makeKpi({ value: null, change: null, changeRatio: null, attainment: null, status: 'NO_DATA', trend: [] }));
    expect(text('kpi-status')).toBe('No data');
    expect(text('kpi-value')).toBe('—');
    expect(text('kpi-change')).toBe('No comparison data');
    expect(card().getAttribute('aria-label')).toBe('Win rate: —, no data');
    expect(screen.getByRole('img', { name: 'Win rate trend: no data points' })).toBeTruthy();
  });

  it.each([
    ['en', 'Breaks in the line: no data in those periods'],
    ['es', 'Cortes en la línea: sin datos en esos periodos'],
  ] as const)('explains the breaks in a trend with buckets without data on hover (%s)', (language, note) => {
    renderCard(makeKpi({ aggregation: 'LAST', trend: [0.2, null, null, 0.25] }), language);
    const sparkline = screen.getByTestId('sparkline');
    expect(sparkline.getAttribute('title')).toBe(note);
    expect(sparkline.getAttribute('aria-label')).toContain(note);
  });

  it('has nothing to explain on a full trend', () => {
    renderCard(makeKpi({ trend: [0.2, 0.22, 0.25] }));
    expect(screen.getByTestId('sparkline').getAttribute('title')).toBeNull();
  });

  it('says "no target" (text + icon) when the API gives no status', () => {
    renderCard(makeKpi({ name: 'Pipeline', value: 0.4, status: null, target: null, attainment: null }), 'es');
    expect(text('kpi-status')).toBe('Sin objetivo');
    expect(screen.getByTestId('kpi-status').querySelector('svg')).not.toBeNull();
    expect(card().getAttribute('data-status')).toBe('NONE');
    expect(card().getAttribute('aria-label')).toMatch(/^Pipeline: 40\s?%, sin objetivo$/);
    expect(text('kpi-target')).toBe('Sin objetivo');
  });

  it('pulses when the value changes, then stops', () => {
    vi.useFakeTimers();
    const { rerenderKpi } = renderCard(winRate);
    expect(card().getAttribute('data-pulsing')).toBe(null);

    // same value again (e.g. a refetch): no pulse
    rerenderKpi({ ...winRate });
    expect(card().getAttribute('data-pulsing')).toBe(null);

    rerenderKpi({ ...winRate, value: 0.3 });
    expect(card().getAttribute('data-pulsing')).toBe('true');
    expect(text('kpi-value')).toBe('30%');

    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(card().getAttribute('data-pulsing')).toBe('true');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(card().getAttribute('data-pulsing')).toBe(null);
  });

  it('says "stale since" with an icon and words when the data is overdue, in English and Spanish, and nothing while fresh', () => {
    const staleSince = '2026-01-29T09:30:00.000Z';
    const when = formatDateTime(new Date(staleSince), { locale: 'en-US', timeZone: 'UTC' });
    const { unmount } = renderCard(makeKpi({ key: 'sales.win_rate', name: 'Win rate', staleSince }));
    expect(text('kpi-stale')).toBe(`Stale since ${when}`);
    expect(screen.getByTestId('kpi-stale').querySelector('svg')).not.toBeNull();
    expect(card().dataset.stale).toBe('true');
    expect(card().getAttribute('aria-label')).toContain(`Stale since ${when}`);
    unmount();
    const es = renderCard(makeKpi({ key: 'sales.win_rate', name: 'Win rate', staleSince }), 'es');
    expect(text('kpi-stale')).toBe(`Desactualizado desde ${formatDateTime(new Date(staleSince), { locale: 'es-ES', timeZone: 'UTC' })}`);
    es.unmount();
    renderCard(makeKpi({ key: 'sales.win_rate', name: 'Win rate' }));
    expect(screen.queryByTestId('kpi-stale')).toBeNull();
    expect(card().dataset.stale).toBeUndefined();
  });
});
