import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../shared/i18n';
import { ImportRequestError } from '../lib/importApi';
import { emptyMapping, toMappingInput, toRouteMapping, type MappingFormValues } from '../lib/importForm';
import { MappingForm } from './MappingForm';

const HEADER = ['date', 'region', 'amount', 'metric'];
const LEAD_HEADER = ['Lead ID', 'Source', 'Area', 'Tier', 'Created', 'Employees', 'Pricing views'];
const METRICS = [{ key: 'marketing.leads', name: 'Leads' }, { key: 'finance.revenue', name: 'Revenue' }];
const SAVED = [{
  __typename: 'SavedImportMapping' as const, id: 'm1', name: 'Monthly leads',
  mapping: {
    __typename: 'ImportColumnMapping' as const, kind: 'OBSERVATIONS' as const, metricKey: null, metricColumn: 'metric', timestampColumn: 'date', timestampFormat: 'MM/DD/YYYY',
    timeZone: 'America/New_York', valueColumn: 'amount', dimensionColumns: ['region'], leadColumns: [], leadSignals: [], delimiter: ';',
  },
}, {
  __typename: 'SavedImportMapping' as const, id: 'm2', name: 'CRM leads',
  mapping: {
    __typename: 'ImportColumnMapping' as const, kind: 'LEADS' as const, metricKey: null, metricColumn: null, timestampColumn: null, timestampFormat: null,
    timeZone: null, valueColumn: null, dimensionColumns: [], delimiter: '|',
    leadColumns: [['externalId', 'Lead ID'], ['channel', 'Source'], ['region', 'Area'], ['segment', 'Tier'], ['companySize', 'Employees']]
      .map(([field, column]) => ({ __typename: 'ImportLeadColumn' as const, field, column })),
    leadSignals: [{ __typename: 'ImportLeadSignal' as const, name: 'pricing_page_views', column: 'Pricing views' }],
  },
}];

function setup(initial: MappingFormValues = emptyMapping('Europe/Madrid'), { header = HEADER, xlsx = false } = {}) {
  const props = {
    header, xlsx, metrics: METRICS, saved: SAVED, initial,
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

  it('maps leads: the four required fields named beside their selects, the createdAt layout asked for once createdAt has a column', async () => {
    const props = setup(emptyMapping('Europe/Madrid'), { header: LEAD_HEADER });
    fireEvent.click(screen.getByTestId('mapping-kind-leads'));
    expect(await screen.findByText('CRM ID (required)')).toBeTruthy();
    expect(screen.queryByTestId('mapping-metric')).toBeNull();
    expect(screen.queryByTestId('mapping-format')).toBeNull();
    select('mapping-lead-channel', 'Source');
    fireEvent.click(screen.getByTestId('import-preview-run'));
    const describedBy = (testId: string) => document.getElementById(screen.getByTestId(testId).getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent;
    await waitFor(() => expect(describedBy('mapping-lead-externalId')).toBe('Choose a column'));
    expect(['channel', 'region', 'segment', 'name'].map((f) => describedBy(`mapping-lead-${f}`))).toEqual([undefined, 'Choose a column', 'Choose a column', undefined]);

    select('mapping-lead-externalId', 'Lead ID');
    select('mapping-lead-region', 'Area');
    select('mapping-lead-segment', 'Tier');
    select('mapping-lead-createdAt', 'Created');
    fireEvent.click(screen.getByTestId('import-preview-run'));
    await waitFor(() => expect(describedBy('mapping-format')).toBe('Choose how dates are written'));
    select('mapping-format', 'DD/MM/YYYY');
    select('mapping-lead-companySize', 'Employees');
    select('mapping-delimiter', ';');
    fireEvent.click(screen.getByTestId('import-preview-run'));
    await waitFor(() => expect(props.onPreview).toHaveBeenCalledTimes(1));
    expect(toRouteMapping(props.onPreview.mock.calls[0][0])).toEqual({
      kind: 'leads',
      columns: { externalId: 'Lead ID', channel: 'Source', region: 'Area', segment: 'Tier', createdAt: 'Created', companySize: 'Employees' },
      createdAt: { format: 'DD/MM/YYYY', timeZone: 'Europe/Madrid' },
      delimiter: ';',
    });
  });

  it('shows a refusal of a lead column beside the lead field reading it', async () => {
    const leads = { ...emptyMapping('UTC'), kind: 'LEADS' as const };
    leads.leadColumns = { ...leads.leadColumns, externalId: 'Lead ID', channel: 'Source', region: 'Area', segment: 'Tier' };
    const props = setup(leads, { header: LEAD_HEADER });
    props.onStart.mockRejectedValueOnce(new ImportRequestError('the mapping reads column "Area", which the header does not have', 400, 'Area'));
    fireEvent.click(screen.getByTestId('import-start'));
    const error = await screen.findByText('the mapping reads column "Area", which the header does not have');
    expect(screen.getByTestId('mapping-lead-region').getAttribute('aria-describedby')).toContain(error.id);
  });

  it('fills the form from a saved leads mapping and saves it back as leads', async () => {
    const props = setup(emptyMapping('Europe/Madrid'), { header: LEAD_HEADER });
    select('mapping-saved', 'm2');
    await waitFor(() => expect((screen.getByTestId('mapping-lead-region') as HTMLSelectElement).value).toBe('Area'));
    expect((screen.getByTestId('mapping-kind-leads') as HTMLInputElement).checked).toBe(true);
    expect(props.onDelimiter).toHaveBeenCalledWith('|');
    fireEvent.change(screen.getByTestId('mapping-save-name'), { target: { value: 'Leads again' } });
    fireEvent.click(screen.getByTestId('mapping-save'));
    await waitFor(() => expect(props.onSaveMapping).toHaveBeenCalledTimes(1));
    expect(toMappingInput(props.onSaveMapping.mock.calls[0][1])).toEqual({
      kind: 'LEADS',
      leadColumns: [
        { field: 'externalId', column: 'Lead ID' }, { field: 'channel', column: 'Source' }, { field: 'region', column: 'Area' },
        { field: 'segment', column: 'Tier' }, { field: 'companySize', column: 'Employees' },
      ],
      leadSignals: [{ name: 'pricing_page_views', column: 'Pricing views' }],
      delimiter: '|',
    });
  });

  it('maps lead signals: each a name a lead can have and a column, sent as the mapping\'s signals', async () => {
    const leads = { ...emptyMapping('UTC'), kind: 'LEADS' as const };
    leads.leadColumns = { ...leads.leadColumns, externalId: 'Lead ID', channel: 'Source', region: 'Area', segment: 'Tier' };
    const props = setup(leads, { header: LEAD_HEADER });
    fireEvent.click(screen.getByTestId('mapping-signal-add'));
    fireEvent.click(screen.getByTestId('mapping-signal-add'));
    const [first, second] = screen.getAllByTestId('mapping-signal');
    fireEvent.change(within(first).getByTestId('mapping-signal-name'), { target: { value: 'Pricing views' } });
    fireEvent.change(within(first).getByTestId('mapping-signal-column'), { target: { value: 'Pricing views' } });
    fireEvent.click(screen.getByTestId('import-preview-run'));
    // A name the lead write path would refuse on every row, and a signal without its column, are named beside their fields.
    expect(await within(first).findByText('Lowercase letters, digits and _, starting with a letter (pricing_page_views)')).toBeTruthy();
    const columnError = within(second).getByTestId('mapping-signal-column').getAttribute('aria-describedby')?.split(' ').at(-1) ?? '';
    expect(document.getElementById(columnError)?.textContent).toBe('Choose a column');
    expect(props.onPreview).not.toHaveBeenCalled();
    fireEvent.click(within(second).getByRole('button', { name: 'Remove signal 2' }));
    fireEvent.change(within(first).getByTestId('mapping-signal-name'), { target: { value: 'pricing_page_views' } });
    fireEvent.click(screen.getByTestId('import-preview-run'));
    await waitFor(() => expect(props.onPreview).toHaveBeenCalledTimes(1));
    expect(toRouteMapping(props.onPreview.mock.calls[0][0])).toEqual({
      kind: 'leads',
      columns: { externalId: 'Lead ID', channel: 'Source', region: 'Area', segment: 'Tier' },
      signals: { pricing_page_views: 'Pricing views' },
      delimiter: ',',
    });
  });

  it('for an .xlsx, says date cells are dates already and offers no separator', () => {
    setup(emptyMapping('UTC'), { xlsx: true });
    expect(screen.getByText('Date cells of a workbook are read as the dates they are; this format reads dates typed as text only.')).toBeTruthy();
    expect(screen.queryByTestId('mapping-delimiter')).toBeNull();
  });
});
