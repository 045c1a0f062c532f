import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithApollo, scriptedServer, type Operation, type Result } from '../../../test/apollo';
import { SharePanel } from './SharePanel';

const link = (id: string, status: 'ACTIVE' | 'REVOKED' | 'EXPIRED', label = '') => ({
  __typename: 'ShareLink' as const, id, dashboardSlug: 'sales', label, status, expiresAt: '2026-02-01T10:00:00.000Z',
  revokedAt: status === 'REVOKED' ? '2026-01-20T10:00:00.000Z' : null, createdByName: 'Sam Head', createdAt: '2026-01-01T10:00:00.000Z',
});

function server(answer: (operation: Operation) => Result | null = () => null) {
  let links = [link('l1', 'ACTIVE', 'Lobby TV'), link('l2', 'REVOKED')];
  return scriptedServer((operation) => {
    const custom = answer(operation);
    if (custom) return custom;
    if (operation.operationName === 'CreateShareLink') {
      const created = link('l3', 'ACTIVE', String(operation.variables.input.label));
      links = [created, ...links];
      return { data: { createShareLink: { __typename: 'CreatedShareLink', token: 'tok_123', link: created } } };
    }
    if (operation.operationName === 'RevokeShareLink') {
      links = links.map((l) => (l.id === operation.variables.id ? link(l.id, 'REVOKED', l.label) : l));
      return { data: { revokeShareLink: links.find((l) => l.id === operation.variables.id) } };
    }
    return { data: { shareLinks: links } };
  });
}

describe('SharePanel', () => {
  it('lists the links with their status, who made them and when they end; only active ones can be revoked', async () => {
    const { link: apollo } = server();
    renderWithApollo(<SharePanel dashboardSlug="sales" onClose={() => undefined} />, { link: apollo });
    await waitFor(() => expect(screen.getAllByTestId('share-link')).toHaveLength(2));
    const [active, revoked] = screen.getAllByTestId('share-link');
    expect(active.textContent).toContain('Lobby TV');
    expect(active.textContent).toContain('Active');
    expect(active.textContent).toContain('by Sam Head');
    expect(within(active).getByRole('button', { name: 'Revoke' })).toBeTruthy();
    expect(revoked.textContent).toContain('Unnamed link');
    expect(revoked.textContent).toContain('Revoked');
    expect(within(revoked).queryByRole('button', { name: 'Revoke' })).toBeNull();
  });

  it('creates a link with the chosen expiry and shows its address once, to copy', async () => {
    const { link: apollo, operations } = server();
    renderWithApollo(<SharePanel dashboardSlug="sales" onClose={() => undefined} />, { link: apollo });
    await waitFor(() => expect(screen.getAllByTestId('share-link')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('share-expiry'), { target: { value: '7' } });
    fireEvent.change(screen.getByTestId('share-label'), { target: { value: '  Wall <b>TV</b> ' } });
    const before = Date.now();
    fireEvent.click(screen.getByTestId('share-create'));

    await waitFor(() => expect(screen.getByTestId('share-url')).toBeTruthy());
    const create = operations.find((op) => op.operationName === 'CreateShareLink')!;
    expect(create.variables.input).toMatchObject({ dashboardSlug: 'sales', label: 'Wall <b>TV</b>' });
    const expires = Date.parse(create.variables.input.expiresAt as string) - before;
    expect(expires).toBeGreaterThanOrEqual(7 * 24 * 3600_000);
    expect(expires).toBeLessThan(7 * 24 * 3600_000 + 60_000);
    expect((screen.getByTestId('share-url') as HTMLInputElement).value).toBe(`${window.location.origin}/share/tok_123`);
    // The label is text: no element was made of it.
    await waitFor(() => expect(screen.getAllByTestId('share-link')).toHaveLength(3));
    expect(screen.getAllByTestId('share-link')[0].querySelector('b')).toBeNull();
    expect(screen.getAllByTestId('share-link')[0].textContent).toContain('Wall <b>TV</b>');
  });

  it('puts the server\'s objection beside the field it names', async () => {
    const { link: apollo } = server((operation) => operation.operationName === 'CreateShareLink'
      ? { errors: [new GraphQLError('The label has more than 100 characters', { extensions: { code: 'BAD_USER_INPUT', field: 'label' } })] }
      : null);
    renderWithApollo(<SharePanel dashboardSlug="sales" onClose={() => undefined} />, { link: apollo });
    await waitFor(() => expect(screen.getAllByTestId('share-link')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('share-label'), { target: { value: 'Lobby' } });
    fireEvent.click(screen.getByTestId('share-create'));
    await waitFor(() => expect(screen.getByText('The label has more than 100 characters')).toBeTruthy());
    expect(screen.getByTestId('share-label').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('share-url')).toBeNull();
  });

  it('refuses a label over 100 characters before asking the server', async () => {
    const { link: apollo, operations } = server();
    renderWithApollo(<SharePanel dashboardSlug="sales" onClose={() => undefined} />, { link: apollo });
    await waitFor(() => expect(screen.getAllByTestId('share-link')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('share-label'), { target: { value: 'x'.repeat(101) } });
    fireEvent.click(screen.getByTestId('share-create'));
    await waitFor(() => expect(screen.getByText('Use at most 100 characters')).toBeTruthy());
    expect(operations.some((op) => op.operationName === 'CreateShareLink')).toBe(false);
  });

  it('revokes only after confirmation', async () => {
    const { link: apollo, operations } = server();
    renderWithApollo(<SharePanel dashboardSlug="sales" onClose={() => undefined} />, { link: apollo });
    await waitFor(() => expect(screen.getAllByTestId('share-link')).toHaveLength(2));
    fireEvent.click(within(screen.getAllByTestId('share-link')[0]).getByRole('button', { name: 'Revoke' }));
    expect(operations.some((op) => op.operationName === 'RevokeShareLink')).toBe(false);
    expect(screen.getByText('Revoke this link? Screens showing it close at once.')).toBeTruthy();
    fireEvent.click(within(screen.getAllByTestId('share-link')[0]).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.getAllByTestId('share-link')[0].getAttribute('data-status')).toBe('REVOKED'));
    expect(operations.find((op) => op.operationName === 'RevokeShareLink')!.variables).toEqual({ id: 'l1' });
  });

  it('speaks Spanish', async () => {
    const { link: apollo } = server();
    renderWithApollo(<SharePanel dashboardSlug="sales" onClose={() => undefined} />, { link: apollo, language: 'es' });
    await waitFor(() => expect(screen.getAllByTestId('share-link')).toHaveLength(2));
    expect(screen.getByText('Compartir este panel')).toBeTruthy();
    expect(screen.getAllByTestId('share-link')[0].textContent).toContain('Activo');
  });
});
