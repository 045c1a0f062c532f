import { useFormat } from '../../../shared/format/useFormat';
import { useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { useWebhookDeliveries } from '../hooks/useWebhookDeliveries';

const COUNT = { kind: 'COUNT' } as const;

/** The latest outgoing webhook deliveries: where each went, whether it arrived, and why not. */
export function WebhookDeliveries() {
  const { t } = useI18n();
  const fmt = useFormat();
  const now = useNow(15_000);
  const { data, loading, error, refetch } = useWebhookDeliveries();
  const endpoints = new Map((data?.webhookEndpoints ?? []).map((endpoint) => [endpoint.id, endpoint]));
  const deliveries = data?.webhookDeliveries;

  return (
    <Panel
      title={t('webhooks.title')}
      hint={t('webhooks.hint', { endpoints: endpoints.size })}
      data={deliveries}
      loading={loading}
      refreshing={false}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<RowSkeletons count={2} />}
      isEmpty={deliveries?.length === 0}
      emptyState={<p className="muted" data-testid="empty-state">{t('webhooks.empty')}</p>}
      data-testid="webhook-deliveries"
    >
      {(deliveries) => (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('webhooks.title')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.created')}</th>
                <th scope="col">{t('webhooks.endpoint')}</th>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('webhooks.state')}</th>
                <th scope="col" className="num">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => {
                const endpoint = delivery.endpointId ? endpoints.get(delivery.endpointId) : undefined;
                const status = delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : '';
                const outcome =
                  delivery.state === 'DELIVERED' && delivery.deliveredAt
                    ? t('webhooks.deliveredAt', { time: fmt.dateTime(delivery.deliveredAt, 'relative', now) })
                    : [status, delivery.lastError, delivery.state === 'PENDING' ? t('webhooks.nextAttempt', { time: fmt.dateTime(delivery.nextAttemptAt, 'relative', now) }) : '']
                        .filter(Boolean)
                        .join(' · ');
                return (
                  <tr key={delivery.id} data-testid="webhook-delivery" data-state={delivery.state}>
                    <td>
                      <time dateTime={delivery.createdAt}>{fmt.dateTime(delivery.createdAt, 'datetime')}</time>
                    </td>
                    <td title={endpoint?.url}>{endpoint?.name ?? delivery.endpointId ?? '—'}</td>
                    <td>{t(`webhooks.eventType.${delivery.eventType}`)}</td>
                    <td>{t(`webhooks.deliveryState.${delivery.state}`)}</td>
                    <td className="num">{fmt.value(delivery.attempts, COUNT)}</td>
                    <td>{outcome || '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
