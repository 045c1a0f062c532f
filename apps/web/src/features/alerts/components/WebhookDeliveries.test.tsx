import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApollo, scriptedServer } from '../../../test/apollo';
import { WebhookDeliveries } from './WebhookDeliveries';

const ENDPOINT = { __typename: 'WebhookEndpoint', id: 'e1', name: 'Pager bridge', url: 'https://hooks.example/opshub', active: true };

const delivery = (id: string, extra: Record<string, unknown>) => ({
  __typename: 'WebhookDelivery', id, endpointId: 'e1', eventType: 'ALERT_RAISED', attempts: 1, lastStatusCode: null, lastError: null,
  createdAt: '2026-01-10T09:00:00.000Z', deliveredAt: null, nextAttemptAt: '2026-01-10T09:00:00.000Z', ...extra,
});

function renderDeliveries(language: 'en' | 'es', deliveries: unknown[]) {
  const { link } = scriptedServer(() => ({ data: { webhookEndpoints: [ENDPOINT], webhookDeliveries: deliveries } }));
  renderWithApollo(<WebhookDeliveries />, { link, language });
}

describe('WebhookDeliveries', () => {
  it('lists each delivery with its endpoint, state, attempts and why it failed', async () => {
    renderDeliveries('en', [
      delivery('d1', { state: 'DELIVERED', deliveredAt: '2026-01-10T09:00:01.000Z', lastStatusCode: 200 }),
      delivery('d2', { state: 'PENDING', attempts: 2, lastStatusCode: 500, lastError: 'HTTP 500 from receiver', eventType: 'DIGEST' }),
      delivery('d3', { state: 'FAILED', attempts: 8, lastError: 'timed out after 5000 ms' }),
    ]);
    const rows = await screen.findAllByTestId('webhook-delivery');
    expect(rows.map((row) => row.getAttribute('data-state'))).toEqual(['DELIVERED', 'PENDING', 'FAILED']);
    expect(rows[0].textContent).toContain('Pager bridge');
    expect(rows[0].textContent).toContain('Delivered');
    expect(rows[1].textContent).toContain('Digest');
    expect(rows[1].textContent).toContain('HTTP 500 · HTTP 500 from receiver · next attempt');
    expect(rows[2].textContent).toContain('8');
    expect(rows[2].textContent).toContain('timed out after 5000 ms');
  });

  it('says when nothing was sent yet, in Spanish too', async () => {
    renderDeliveries('es', []);
    expect((await screen.findByTestId('empty-state')).textContent).toBe('Todavía no se ha enviado nada.');
  });
});
