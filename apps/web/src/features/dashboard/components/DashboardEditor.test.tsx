import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardQuery } from '../../../gql/graphql';
import { renderWithApollo, scriptedServer, type ScriptedServer } from '../../../test/apollo';
import { makeDashboard } from '../../../test/fixtures';
import { DashboardEditor } from './DashboardEditor';

const note = (id: string, x: number, y: number, w: number, h: number) => ({
  __typename: 'DashboardWidget' as const, id, type: 'TEXT' as const, title: id, metricKeys: [], dimension: null, text: `Note ${id}`, goalId: null, workflows: null,
  range: null, compare: null, x, y, w, h, kpis: null, funnel: null, slaBreaches: null, workflowSlaBreaches: null, workflowScorecard: null, goal: null,
});

// Stored desktop grid: a full-width note over a tall one on the left and two short ones on the right.
const dashboard: DashboardQuery['dashboard'] = {
  ...makeDashboard([]).dashboard,
  canEdit: true,
  widgets: [note('top', 0, 0, 12, 4), note('tall', 0, 4, 6, 10), note('right', 6, 4, 6, 3), note('below', 6, 7, 6, 3)],
};

let width = 375;
beforeEach(() => {
  // jsdom lays nothing out: the grid's container measures as wide as the screen under test.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => width);
});
afterEach(() => vi.restoreAllMocks());

function edit(): ScriptedServer {
  const server = scriptedServer(() => {
    throw new Error('not answered in this test');
  });
  renderWithApollo(
    <MemoryRouter>
      <DashboardEditor dashboard={dashboard} range={{ preset: 'LAST_30_DAYS' }} compare="PREVIOUS_PERIOD" viewKey="v" now={new Date('2026-01-15T12:00:00Z')} onDone={() => {}} />
    </MemoryRouter>,
    { link: server.link },
  );
  return server;
}

const shownOrder = () => screen.getAllByTestId('widget').map((cell) => cell.dataset.widgetId);

describe('DashboardEditor on a phone', () => {
  it('stacks the widgets one per row, full width, in reading order, moves them, and saves the desktop grid in the new order', async () => {
    width = 375;
    const server = edit();
    await waitFor(() => expect(screen.getByTestId('widget-grid').dataset.stacked).toBe('true'));
    expect(shownOrder()).toEqual(['top', 'tall', 'right', 'below']);
    for (const cell of screen.getAllByTestId('widget')) expect(cell.style.width).toBe('375px');
    // Each as tall as on the desktop grid (rows of 40 px with 12 px gaps): 'tall' is 10 rows.
    expect(screen.getAllByTestId('widget')[1].style.height).toBe(`${10 * 40 + 9 * 12}px`);
    // One column can only grow down: the resize handle is at the bottom edge.
    expect(document.querySelectorAll('.react-resizable-handle-s')).toHaveLength(4);
    expect(document.querySelectorAll('.react-resizable-handle-se')).toHaveLength(0);

    const cell = (id: string) => within(screen.getAllByTestId('widget').find((c) => c.dataset.widgetId === id)!);
    expect(cell('top').getByTestId<HTMLButtonElement>('widget-move-up').disabled).toBe(true);
    expect(cell('below').getByTestId<HTMLButtonElement>('widget-move-down').disabled).toBe(true);
    fireEvent.click(cell('below').getByRole('button', { name: 'Move below up' }));
    await waitFor(() => expect(shownOrder()).toEqual(['top', 'tall', 'below', 'right']));
    fireEvent.click(cell('tall').getByRole('button', { name: 'Move tall down' }));
    await waitFor(() => expect(shownOrder()).toEqual(['top', 'below', 'tall', 'right']));

    fireEvent.click(screen.getByTestId('editor-save'));
    await waitFor(() => expect(server.operations.some((op) => op.operationName === 'UpdateDashboard')).toBe(true));
    const saved = server.operations.find((op) => op.operationName === 'UpdateDashboard')!.variables.input.widgets as Array<{ id: string; x: number; y: number; w: number; h: number }>;
    // Widths and columns kept; rows such that the desktop reads top, below, tall, right.
    expect(Object.fromEntries(saved.map(({ id, x, y, w, h }) => [id, [x, y, w, h]]))).toEqual({
      top: [0, 0, 12, 4], below: [6, 4, 6, 3], tall: [0, 5, 6, 10], right: [6, 7, 6, 3],
    });
  });

  it('keeps the twelve-column grid, with its corner resize and no move buttons, on a desktop screen', async () => {
    width = 1280;
    edit();
    await waitFor(() => expect(screen.getAllByTestId('widget')).toHaveLength(4));
    expect(screen.getByTestId('widget-grid').dataset.stacked).toBeUndefined();
    // Six of twelve columns of 1280 px with 12 px gaps.
    const colWidth = (1280 - 11 * 12) / 12;
    expect(screen.getAllByTestId('widget')[1].style.width).toBe(`${Math.round(6 * colWidth + 5 * 12)}px`);
    expect(screen.queryByTestId('widget-move-up')).toBeNull();
    expect(document.querySelectorAll('.react-resizable-handle-se')).toHaveLength(4);
  });
});
