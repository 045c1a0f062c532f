import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../shared/i18n';
import { ImportRequestError } from '../lib/importApi';
import { emptyMapping, toRouteMapping, type MappingFormValues } from '../lib/importForm';
import { MappingForm } from './MappingForm';

const HEADER = ['date', 'region', 'amount', 'metric'];
const METRICS = [{ key: 'marketing.leads', name: 'Leads' }, { key: 'finance.revenue', name: 'Revenue' }];
const SAVED = [{
  __typename: 'SavedImportMapping' as const, id: 'm1', name: 'Monthly leads',
  mapping: {
    __typename: 'ImportColumnMapping' as const, metricKey: null, metricColumn: 'metric', timestampColumn: 'date', timestampFormat: 'MM/DD/YYYY',
    timeZone: 'America/New_York', valueColumn: 'amount', dimensionColumns: ['region'], delimiter: ';',
  },
}];

function setup(initial: MappingFormValues = emptyMapping('Europe/Madrid')) {
  const props = {
    header: HEADER, metrics: METRICS, saved: SAVED, initial,
    onDelimiter: vi.fn(), onPreview: vi.fn(async (_values: MappingFormValues) => {}), onStart: vi.fn(async (_values: MappingFormValues) => {}),
    onSaveMapping: vi.fn(async (_name: string, _values: MappingFormValues) => {}), onDeleteMapping: vi.fn(async (_id: string) => {}),
  };
  render(<I18nProvider><MappingForm {...props} /></I18nProvider>);
  return props;
}

const select = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('MappingForm', () => {
  it('offers the file\'s columns and sends nothing until metric, columns and date format are chosen, each error beside its field', async () => {
    const props = setup();
    expect(within(screen.getByTestId('mapping-value')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a column', ...HEADER]);
    fireEvent.click(screen.getByTestId('import-preview-run'));
    expect(await screen.findByText('Choose how dates are written')).toBeTruthy();
    const describedBy = (testId: string) => document.getElementById(screen.getByTestId(testId).getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent;
    expect(describedBy('mapping-metric')).toBe('Choose a metric');
    expect(describedBy('mapping-timestamp')).toBe('Choose a column');
    expect(describedBy('mapping-format')).toBe('Choose how dates are written');
    expect(describedBy('mapping-value')).toBe('Choose a column');
    expect(props.onPreview).not.toHaveBeenCalled();
  });

  it('previews with the mapping as chosen: fixed metric, explicit format and zone, dimensions', async () => {
    const props = setup();
    select('mapping-metric', 'marketing.leads');
    select('mapping-timestamp', 'date');
    select('mapping-format', 'DD/MM/YYYY');
    select('mapping-zone', 'Europe/Lisbon');
    select('mapping-value', 'amount');
    fireEvent.click(screen.getByRole('checkbox', { name: 'region' }));
    fireEvent.click(screen.getByTestId('import-preview-run'));
    await waitFor(() => expect(props.onPreview).toHaveBeenCalledTimes(1));
    expect(toRouteMapping(props.onPreview.mock.calls[0][0])).toEqual({
      metric: { key: 'marketing.leads' },
      timestamp: { column: 'date', format: 'DD/MM/YYYY', timeZone: 'Europe/Lisbon' },
      value: { column: 'amount' },
      dimensions: ['region'],
      delimiter: ',',
    });
  });

  it('shows the server\'s refusal beside the field reading the column it names', async () => {
    const props = setup({ ...emptyMapping('UTC'), metricKey: 'finance.revenue', timestampColumn: 'date', timestampFormat: 'ISO', valueColumn: 'region' });
    props.onStart.mockRejectedValueOnce(new ImportRequestError('the mapping reads column "region", which the header does not have', 400, 'region'));
    fireEvent.click(screen.getByTestId('import-start'));
    const error = await screen.findByText('the mapping reads column "region", which the header does not have');
    expect(screen.getByTestId('mapping-value').getAttribute('aria-describedby')).toContain(error.id);
  });

  it('fills the form from a saved mapping (metric from a column) and saves the current one under a name', async () => {
    const props = setup();
    select('mapping-saved', 'm1');
    await waitFor(() => expect((screen.getByTestId('mapping-metric-column') as HTMLSelectElement).value).toBe('metric'));
    expect(props.onDelimiter).toHaveBeenCalledWith(';');
    fireEvent.change(screen.getByTestId('mapping-save-name'), { target: { value: 'Leads by month' } });
    fireEvent.click(screen.getByTestId('mapping-save'));
    await waitFor(() => expect(props.onSaveMapping).toHaveBeenCalledTimes(1));
    const [name, values] = props.onSaveMapping.mock.calls[0];
    expect(name).toBe('Leads by month');
    expect(toRouteMapping(values)).toEqual({
      metric: { column: 'metric' },
      timestamp: { column: 'date', format: 'MM/DD/YYYY', timeZone: 'America/New_York' },
      value: { column: 'amount' },
      dimensions: ['region'],
      delimiter: ';',
    });
  });
});
