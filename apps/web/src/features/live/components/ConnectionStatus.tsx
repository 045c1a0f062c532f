import { useI18n } from '../../../shared/i18n';
import { useConnectionStatus } from '../hooks/useConnectionStatus';
import type { ConnectionStore } from '../lib/connectionStore';
import styles from './ConnectionStatus.module.css';

const STATE_CLASS = { connected: styles.connectionConnected, reconnecting: styles.connectionReconnecting, offline: styles.connectionOffline };

/** Text + colour + icon; `data-state` is one of connected | reconnecting | offline. */
export function ConnectionStatus({ store, compact = false }: { store?: ConnectionStore; compact?: boolean }) {
  const { t } = useI18n();
  const { state } = useConnectionStatus(store);
  const dataState = state === 'connecting' ? 'reconnecting' : state;
  const label = t(`live.${state}`);
  const hint = t(dataState === 'connected' ? 'live.connectedHint' : dataState === 'offline' ? 'live.offlineHint' : 'live.reconnectingHint');
  return (
    <div
      className={`${styles.connection} ${STATE_CLASS[dataState]}${compact ? ` ${styles.connectionCompact}` : ''}`}
      data-testid="connection-status"
      data-state={dataState}
      role="status"
      title={hint}
    >
      <span className={styles.connectionDot} aria-hidden="true" />
      <span className={styles.connectionLabel}>{label}</span>
      <span className="sr-only">. {hint}</span>
    </div>
  );
}
