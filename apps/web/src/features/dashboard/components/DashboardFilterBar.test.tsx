import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApollo, scriptedServer } from '../../../test/apollo';
import type { DimensionFilter } from '../../../shared/url/filters';
import { DashboardFilterBar } from './DashboardFilterBar';

const labels = () => scriptedServer(() => ({ data: { dimensionLabels: [{ __typename: 'DimensionValue', dimension: 'region', value: 'EMEA', label: 'Europe' }] } })).link;

function renderBar(filters: DimensionFilter[], unfilteredCount = 0, language: 'en' | 'es' = 'en') {
  const onChange = vi.fn();
  renderWithApollo(<DashboardFilterBar dimensions={['region', 'segment']} filters={filters} onChange={onChange} unfilteredCount={unfilteredCount} />, { link: labels(), language });
  return onChange;
}

describe('DashboardFilterBar', () => {
  it('adds a filter on the chosen dimension, trimmed, next to the ones there are', async () => {
    const onChange = renderBar([{ dimension: 'region', values: ['EMEA'] }]);
    fireEvent.change(screen.getByTestId('dashboard-filter-dimension'), { target: { value: 'segment' } });
    fireEvent.change(screen.getByTestId('dashboard-filter-value'), { target: { value: ' SMB ' } });
    fireEvent.click(screen.getByTestId('dashboard-filter-add'));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith([{ dimension: 'region', values: ['EMEA'] }, { dimension: 'segment', values: ['SMB'] }]));
  });

  it('ORs a second value of the same dimension', async () => {
    const onChange = renderBar([{ dimension: 'region', values: ['EMEA'] }]);
    fireEvent.change(screen.getByTestId('dashboard-filter-value'), { target: { value: 'NA' } });
    fireEvent.click(screen.getByTestId('dashboard-filter-add'));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith([{ dimension: 'region', values: ['EMEA', 'NA'] }]));
  });

  it('asks for a value instead of adding an empty one', async () => {
    const onChange = renderBar([]);
    fireEvent.change(screen.getByTestId('dashboard-filter-value'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('dashboard-filter-add'));
    await waitFor(() => expect(screen.getByText('Required')).toBeTruthy());
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows the filters as chips with their labels; removing one keeps the others', async () => {
    const onChange = renderBar([{ dimension: 'region', values: ['EMEA'] }, { dimension: 'segment', values: ['SMB'] }]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove filter Region: Europe' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Region: Europe' }));
    expect(onChange).toHaveBeenCalledWith([{ dimension: 'segment', values: ['SMB'] }]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('says how many cards the filter leaves whole', () => {
    renderBar([{ dimension: 'region', values: ['EMEA'] }], 2);
    expect(screen.getByTestId('dashboard-filter-note').textContent).toBe('2 cards show their whole value: their metrics lack a filtered dimension.');
  });

  it('says it in Spanish', () => {
    renderBar([{ dimension: 'region', values: ['EMEA'] }], 1, 'es');
    expect(screen.getByTestId('dashboard-filter-note').textContent).toBe('1 tarjeta muestra su valor completo: su métrica no tiene una dimensión filtrada.');
  });

  it('says nothing when every card is filtered', () => {
    renderBar([{ dimension: 'region', values: ['EMEA'] }], 0);
    expect(screen.queryByTestId('dashboard-filter-note')).toBeNull();
  });
});
