import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithApollo, scriptedServer, type Operation, type Result } from '../../../test/apollo';
import ReviewPage from './ReviewPage';

const unit = { __typename: 'Unit', kind: 'CURRENCY', currency: 'USD', scaleMin: null, scaleMax: null };
const person = (id: string, name: string) => ({ __typename: 'MetricOwner', id, name });
const item = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'ReviewActionItem', id, reviewId: 'r0', metricKey: 'finance.arr', metric: { __typename: 'Metric', key: 'finance.arr', name: 'ARR' },
  owner: person('u1', 'Carmen Ruiz'), dueDate: '2026-04-15', text, doneAt: null, overdue: false, ...extra,
});
const REVIEW = {
  __typename: 'Review', id: 'r1', subjectKind: 'METRIC', subjectKey: 'finance.arr', subjectName: 'ARR', cadence: 'MONTHLY', owner: person('u1', 'Carmen Ruiz'),
  periodFrom: '2026-03-01T00:00:00.000Z', periodTo: '2026-04-01T00:00:00.000Z', dueBy: '2026-04-06T00:00:00.000Z', completedAt: null, overdue: false,
  editable: true, completedBy: null,
  kpis: [{
    __typename: 'ReviewKpi', metricKey: 'finance.arr', metric: { __typename: 'Metric', key: 'finance.arr', name: 'ARR', unit, direction: 'HIGHER_IS_BETTER' },
    value: 8_800_000, target: 10_000_000, status: 'OFF_TRACK', change: -200_000, changeRatio: -0.0222, paceStatus: 'BEHIND', comment: null, needsComment: true,
  }],
  actionItems: [],
  carriedActionItems: [item('a0', 'Renegotiate <b>the</b> enterprise tier', { overdue: true })],
};

function renderReview(language: 'en' | 'es', answer: (operation: Operation) => Result) {
  const server = scriptedServer(answer);
  renderWithApollo(
    <MemoryRouter initialEntries={['/reviews/r1']}>
      <Routes>
        <Route path="/reviews/:id" element={<ReviewPage />} />
      </Routes>
    </MemoryRouter>,
    { link: server.link, language },
  );
  return server;
}

describe('ReviewPage', () => {
  it('shows the frozen scorecard in Spanish, with the carried item as text and flagged overdue', async () => {
    renderReview('es', () => ({ data: { review: REVIEW, reviewPeople: [person('u1', 'Carmen Ruiz')] } }));
    const kpi = await screen.findByTestId('review-kpi');
    expect(within(kpi).getByTestId('kpi-status').textContent).toBe('Fuera de objetivo');
    expect(within(kpi).getByText('Por detrás del objetivo')).toBeTruthy();
    expect(within(kpi).getByLabelText('Comentario (obligatorio: fuera de objetivo)')).toBeTruthy();
    const carried = screen.getByTestId('carried-items');
    expect(within(carried).getByText('Renegotiate <b>the</b> enterprise tier')).toBeTruthy();
    expect(within(carried).getByTestId('action-item-overdue').textContent).toBe('Vencida');
  });

  it("shows the server's refusal to complete, naming the KPI, and the client's own errors beside the fields", async () => {
    const server = renderReview('en', (operation) => operation.operationName === 'CompleteReview'
      ? { errors: [new GraphQLError('Write a comment on the off-track KPI "ARR" before completing the review', { extensions: { code: 'BAD_USER_INPUT', field: 'kpis' } })] }
      : { data: { review: REVIEW, reviewPeople: [person('u1', 'Carmen Ruiz')] } });
    fireEvent.click(await screen.findByTestId('review-complete'));
    expect((await screen.findByText('Write a comment on the off-track KPI "ARR" before completing the review.')).getAttribute('role')).toBe('alert');
    fireEvent.click(screen.getByTestId('action-item-add'));
    expect(await screen.findByText('Give a due date')).toBeTruthy();
    expect(screen.getByText('Say what is to be done')).toBeTruthy();
    expect(server.operations.filter((operation) => operation.operationName === 'AddReviewActionItem')).toHaveLength(0);
  });
  it('takes the refusal back once the KPI it names has its comment', async () => {
    let commented = false;
    renderReview('en', (operation) => {
      if (operation.operationName === 'CompleteReview') {
        return { errors: [new GraphQLError('Write a comment on the off-track KPI "ARR" before completing the review', { extensions: { code: 'BAD_USER_INPUT', field: 'kpis' } })] };
      }
      if (operation.operationName === 'CommentReviewKpi') {
        commented = true;
        return { data: { commentReviewKpi: { __typename: 'ReviewKpi', metricKey: 'finance.arr', comment: 'Two deals slipped', needsComment: false } } };
      }
      const kpis = REVIEW.kpis.map((kpi) => ({ ...kpi, comment: commented ? 'Two deals slipped' : null, needsComment: !commented }));
      return { data: { review: { ...REVIEW, kpis }, reviewPeople: [person('u1', 'Carmen Ruiz')] } };
    });
    fireEvent.click(await screen.findByTestId('review-complete'));
    const refusal = 'Write a comment on the off-track KPI "ARR" before completing the review.';
    expect(await screen.findByText(refusal)).toBeTruthy();
    fireEvent.change(screen.getByTestId('kpi-comment'), { target: { value: 'Two deals slipped' } });
    fireEvent.click(screen.getByTestId('kpi-comment-save'));
    await waitFor(() => expect(screen.getByTestId('review-kpi').getAttribute('data-needs-comment')).toBe('false'));
    expect(screen.queryByText(refusal)).toBeNull();
  });
});
