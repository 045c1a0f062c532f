import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApollo, scriptedServer } from '../../../test/apollo';
import { MyReviewsBadge } from './MyReviewsBadge';

function renderBadge(count: number, language: 'en' | 'es') {
  const server = scriptedServer(() => ({ data: { myOpenReviewCount: count } }));
  renderWithApollo(<MyReviewsBadge />, { link: server.link, language });
  return server;
}

describe('MyReviewsBadge', () => {
  it.each([
    [1, 'en', '1 review waits for you'],
    [3, 'en', '3 reviews wait for you'],
    [1, 'es', '1 revisión te espera'],
    [3, 'es', '3 revisiones te esperan'],
  ] as const)('shows %i waiting review(s) in %s, with a spoken label', async (count, language, label) => {
    renderBadge(count, language);
    const badge = await screen.findByTestId('my-reviews-badge');
    expect(badge.textContent).toBe(String(count));
    expect(badge.getAttribute('aria-label')).toBe(label);
  });

  it('shows nothing when no review waits', async () => {
    const server = renderBadge(0, 'en');
    await vi.waitFor(() => expect(server.operations.map((o) => o.operationName)).toEqual(['MyOpenReviewCount']));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.queryByTestId('my-reviews-badge')).toBeNull();
  });
});
