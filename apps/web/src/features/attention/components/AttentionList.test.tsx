import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { AttentionItemsQuery } from '../../../gql/graphql';
import { TimeZoneContext } from '../../../shared/format/TimeZoneContext';
import { I18nProvider, type Language } from '../../../shared/i18n';
import { AttentionList } from './AttentionList';

type Item = AttentionItemsQuery['attentionItems'][number];

const item = (key: string, extra: Partial<Item> = {}, kpi: Partial<Item['kpi']> = {}): Item => ({
  __typename: 'AttentionItem',
  reasons: ['OFF_TRACK'],
  since: '2026-03-06T00:00:00.000Z',
  sinceBeyondHistory: false,
  ...extra,
  kpi: {
    __typename: 'Kpi',
    value: 80,
    attainment: 0.8,
    status: 'OFF_TRACK',
    target: { __typename: 'Target', value: 100 },
    pacing: null,
    metric: { __typename: 'Metric', key, name: key, department: 'OPERATIONS', owner: 'Ana Ruiz', unit: { __typename: 'Unit', kind: 'COUNT', currency: null, scaleMin: null, scaleMax: null } },
    ...kpi,
  },
});

const NOW = new Date('2026-03-10T15:00:00Z');

function show(items: Item[], language: Language = 'en') {
  return render(
    <TimeZoneContext.Provider value="UTC">
      <I18nProvider language={language}>
        <MemoryRouter>
          <AttentionList items={items} now={NOW} search="?range=LAST_7_DAYS" />
        </MemoryRouter>
      </I18nProvider>
    </TimeZoneContext.Provider>,
  );
}

const rows = () => screen.getAllByTestId('attention-item');
const flat = (el: HTMLElement) => el.textContent!.replace(/\s+/g, ' ').trim();
const since = (row: HTMLElement) => [...within(row).getByTestId('attention-since').children].map((part) => part.textContent);

describe('AttentionList', () => {
  it('keeps the server order and says why, how far from target, whose and for how long', () => {
    show([
      item('ops.uptime', { sinceBeyondHistory: true, since: '2025-12-10T00:00:00.000Z' }),
      item('ops.cost', { reasons: ['AT_RISK', 'BEHIND_PACE'] }, { status: 'AT_RISK', pacing: { __typename: 'KpiPacing', expected: 120, status: 'BEHIND' } }),
    ]);
    expect(rows().map((row) => row.dataset.metricKey)).toEqual(['ops.uptime', 'ops.cost']);
    expect(since(rows()[0])).toEqual(['for more than 90 days', 'since Dec 10, 2025 or earlier']);
    const second = flat(rows()[1]);
    expect(second).toContain('At riskBehind goal');
    expect(second).toContain('Target 100 · 80% of target');
    expect(second).toContain('120 expected by now');
    expect(second).toContain('Ana Ruiz');
    expect(since(rows()[1])).toEqual(['for 5 days', 'since Mar 6, 2026']);
    expect(within(rows()[1]).getByRole('link').getAttribute('href')).toBe('/metrics/ops.cost?range=LAST_7_DAYS');
  });

  it('speaks Spanish, with plurals', () => {
    show([item('a', { since: '2026-03-10T00:00:00.000Z' })], 'es');
    expect(since(rows()[0])).toEqual(['desde hace 1 día', 'desde el 10 mar 2026']);
    expect(flat(rows()[0])).toContain('Fuera de objetivo');
  });

  it('shows a typed name as text, never markup', () => {
    show([item('x', {}, { metric: { ...item('x').kpi.metric, name: '<img src=x onerror=alert(1)>' } })]);
    expect(rows()[0].querySelector('img')).toBeNull();
    expect(screen.getByRole('link').textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
