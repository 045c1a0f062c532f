import { useI18n } from '../../../shared/i18n';
import { useConnectionStatus } from '../hooks/useConnectionStatus';
import type { ConnectionStore } from '../lib/connectionStore';

/** Text + colour + icon; `data-state` is one of connected | reconnecting | offline. */
export function ConnectionStatus({ store, compact = false }: { store?: ConnectionStore; compact?: boolean }) {
  const { t } = useI18n();
  const { state } = useConnectionStatus(store);
  const dataState = state === 'connecting' ? 'reconnecting' : state;
  const label = t(`live.${state}`);
  const hint = t(dataState === 'connected' ? 'live.connectedHint' : dataState === 'offline' ? 'live.offlineHint' : 'live.reconnectingHint');
  return (
    <div
      className={`connection connection--${dataState}${compact ? ' connection--compact' : ''}`}
      data-testid="connection-status"
      data-state={dataState}
      role="status"
      title={hint}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{label}</span>
      <span className="sr-only">. {hint}</span>
    </div>
  );
}
