import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { Department } from '@opshub/metrics';
import { renderWithApollo, scriptedServer, type Operation, type Result } from '../../../test/apollo';
import { makeDashboard, makeKpi } from '../../../test/fixtures';
import { SignedIn } from '../../../test/session';
import { DashboardEditor } from './DashboardEditor';

vi.mock('../../../shared/charts/SparklineChart', () => ({ default: () => null }));

/** Seed 003's Smarketing dashboard: MARKETING's, shared with SALES. */
const smarketing = () => {
  const { dashboard } = makeDashboard([{ key: 'funnel', title: 'Lead funnel', kpis: [makeKpi({ key: 'marketing.mql', name: 'MQLs', value: 40 })] }]);
  return { ...dashboard, slug: 'marketing', title: 'Smarketing and RevOps', department: 'MARKETING' as const, sharedWith: ['SALES'] as Department[], canEdit: true };
};

function respond(op: Operation): Result {
  if (op.operationName === 'UpdateDashboard') return { data: { updateDashboard: { __typename: 'DashboardSummary', slug: 'marketing', version: 2, updatedBy: 'Me' } } };
  if (op.operationName === 'DimensionLabels') return { data: { dimensionLabels: [] } };
  throw new Error(`unexpected ${op.operationName}`);
}

function renderEditor(departments: Department[]) {
  const { link, operations } = scriptedServer(respond);
  const onDone = vi.fn();
  renderWithApollo(
    <SignedIn viewer={{ id: 'me', name: 'Me', role: 'DEPARTMENT_HEAD', departments, locale: 'en' }}>
      <MemoryRouter>
        <DashboardEditor dashboard={smarketing()} range={{ preset: 'LAST_30_DAYS' }} compare="PREVIOUS_PERIOD" viewKey="k" now={new Date('2026-01-31T00:00:00Z')} onDone={onDone} />
      </MemoryRouter>
    </SignedIn>,
    { link },
  );
  return { operations, onDone };
}

const saved = async (operations: Operation[], onDone: ReturnType<typeof vi.fn>) => {
  fireEvent.click(screen.getByTestId('editor-save'));
  await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  return operations.find((op) => op.operationName === 'UpdateDashboard')!.variables.input as Record<string, unknown>;
};

describe('DashboardEditor: whom the dashboard is shared with', () => {
  it('lets the owning head share it with further departments, never offering the owner', async () => {
    const { operations, onDone } = renderEditor(['MARKETING']);
    const sharing = screen.getByTestId('shared-with');
    expect(sharing.hasAttribute('disabled')).toBe(false);
    expect(within(sharing).queryByTestId('shared-with-MARKETING')).toBeNull();
    expect((within(sharing).getByTestId('shared-with-SALES') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(sharing).getByTestId('shared-with-CUSTOMER_SUCCESS'));
    expect(await saved(operations, onDone)).toMatchObject({ title: 'Smarketing and RevOps', sharedWith: ['SALES', 'CUSTOMER_SUCCESS'] });
  });

  it('shows a sharing head whom it is shared with, unchangeable, and saves their widgets without touching it', async () => {
    const { operations, onDone } = renderEditor(['SALES']);
    const sharing = screen.getByTestId('shared-with');
    expect(sharing.hasAttribute('disabled')).toBe(true);
    expect(within(sharing).getByText('Only who edits Marketing changes whom it is shared with.')).toBeTruthy();
    const input = await saved(operations, onDone);
    expect(input).not.toHaveProperty('sharedWith');
    expect(input.title).toBe('Smarketing and RevOps');
  });
});
