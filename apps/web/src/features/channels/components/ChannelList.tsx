import { useState } from 'react';
import type { ChannelFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { RowSkeletons } from '../../../shared/ui/States';
import { ErrorState } from '../../../shared/ui/States';
import { useChannelDeliveries } from '../hooks/useChannels';
import styles from './Channels.module.css';

/** A channel's last deliveries, each with its state in words and what went wrong. */
function DeliveryLog({ channelId }: { channelId: string }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { data, loading, error, refetch } = useChannelDeliveries(channelId);
  if (!data && loading) return <RowSkeletons count={2} />;
  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} compact />;
  const deliveries = data?.channelDeliveries ?? [];
  if (deliveries.length === 0) return <p className="muted">{t('rules.channel.noDeliveries')}</p>;
  return (
    <ul className={styles.deliveries} data-testid="channel-deliveries">
      {deliveries.map((d) => (
        <li key={d.id} data-testid="channel-delivery" data-state={d.state}>
          <span className={styles[`state${d.state}`]}>{t(`rules.channel.state.${d.state}`)}</span>
          <span>{t(`webhooks.eventType.${d.eventType}` as MessageKey)}</span>
          <time dateTime={d.createdAt} className="muted">{fmt.dateTime(d.createdAt)}</time>
          <span className="muted">{t('rules.channel.attempts', { count: d.attempts })}</span>
          {d.lastError && <span className={styles.error}>{d.lastError}</span>}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  channel: ChannelFieldsFragment;
  onEdit: () => void;
  onDelete: () => Promise<unknown>;
  onSendTest: () => Promise<unknown>;
}

export function ChannelItem({ channel, onEdit, onDelete, onSendTest }: Props) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<'queued' | 'failed' | null>(null);
  const [showLog, setShowLog] = useState(false);
  const run = (action: () => Promise<unknown>, ok: 'queued' | null) => {
    setNotice(null);
    action().then(() => setNotice(ok), () => setNotice('failed'));
  };
  return (
    <li className={styles.channel} data-testid="channel" data-channel-id={channel.id}>
      <div className={styles.channelHeader}>
        <div className={styles.channelBody}>
          <strong>{channel.name}</strong>
          <span className="muted">
            {t(`rules.channelKind.${channel.kind}`)} · {channel.department ? t(`department.${channel.department}` as MessageKey) : t('rules.channel.allDepartments')}
            {' · '}
            {channel.active ? t('rules.channel.active') : t('rules.channel.paused')}
          </span>
          <span className={styles.target}>{channel.kind === 'EMAIL' ? channel.recipients.join(', ') : channel.url}</span>
        </div>
        <div className={styles.actions}>
          <button type="button" className="button button--small" disabled={!channel.active} onClick={() => run(onSendTest, 'queued')} data-testid="channel-send-test">
            {t('rules.channel.sendTest')}
          </button>
          <button type="button" className="button button--small" onClick={() => setShowLog((v) => !v)} aria-expanded={showLog} data-testid="channel-log-toggle">
            {t('rules.channel.deliveries')}
          </button>
          <button type="button" className="button button--small" onClick={onEdit} data-testid="channel-edit">{t('rules.channel.edit')}</button>
          <ConfirmButton name={channel.name} onConfirm={() => run(onDelete, null)} />
        </div>
      </div>
      {notice === 'queued' && <p role="status">{t('rules.channel.testQueued')}</p>}
      {notice === 'failed' && <p role="alert" className={styles.error}>{t('rules.channel.actionFailed')}</p>}
      {(showLog || notice === 'queued') && <DeliveryLog channelId={channel.id} />}
    </li>
  );
}
