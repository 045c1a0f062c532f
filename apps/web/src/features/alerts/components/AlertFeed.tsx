import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../shared/format/useFormat';
import { useInitialIds, useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { metricPath } from '../../../shared/url/paths';
import { useAlertFeed } from '../hooks/useAlertFeed';
import styles from './AlertFeed.module.css';

/** Open and acknowledged alerts, new ones arriving live, each with its explanation and its actions. */
export function AlertFeed() {
  const { t } = useI18n();
  const fmt = useFormat();
  const now = useNow(15_000);
  const { data, loading, error, refetch, acknowledge, resolve, busy, actionError } = useAlertFeed();
  const [annotate, setAnnotate] = useState(false);
  const alerts = data?.alerts;
  // Alerts listed when the feed loaded are not news; the ones pushed later are highlighted.
  const known = useInitialIds(alerts?.map((a) => a.id));

  return (
    <Panel
      title={t('alerts.feed')}
      actions={
        <>
          <label className="toggle" title={t('alerts.annotateHint')}>
            <input type="checkbox" checked={annotate} onChange={(e) => setAnnotate(e.target.checked)} />
            <span>{t('alerts.annotate')}</span>
          </label>
        </>
      }
      hint={t('alerts.hint')}
      notice={actionError && <p role="alert" className={styles.alertFeedError}>{t('alerts.actionFailed')}</p>}
      data={alerts}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<RowSkeletons count={3} />}
      isEmpty={alerts?.length === 0}
      emptyState={<p className="muted" data-testid="empty-state">{t('alerts.empty')}</p>}
      data-testid="alert-feed"
    >
      {(alerts) => (
        <ul className={styles.alertList} aria-live="polite">
          {alerts.map((alert) => (
            <li
              key={alert.id}
              className={[styles.alertItem, alert.state === 'ACKNOWLEDGED' && styles.alertItemAcknowledged, !known?.has(alert.id) && styles.alertItemNew].filter(Boolean).join(' ')}
              data-testid="alert"
              data-alert-id={alert.id}
              data-state={alert.state}
            >
              <Icon name="alert" size={16} className={styles.alertItemIcon} />
              <div className={styles.alertItemBody}>
                <div className={styles.alertItemTitle}>
                  <Link to={metricPath(alert.metricKey)}>{alert.rule.name}</Link>
                  <span className={styles.alertItemState} data-testid="alert-state">{t(`alerts.state.${alert.state}`)}</span>
                </div>
                <p className={styles.alertItemExplanation} data-testid="alert-explanation">{alert.explanation}</p>
                <span className="muted">
                  {t(`alerts.kind.${alert.kind}`)} · {alert.metricName}
                  {alert.owner && ` · ${t('alerts.owner', { owner: alert.owner })}`}
                  {' · '}
                  <time dateTime={alert.raisedAt}>{fmt.dateTime(alert.raisedAt, 'relative', now)}</time>
                </span>
                {alert.acknowledgedBy && alert.acknowledgedAt && (
                  <span className="muted" data-testid="alert-acknowledged">
                    {t('alerts.acknowledgedBy', { who: alert.acknowledgedBy, time: fmt.dateTime(alert.acknowledgedAt, 'relative', now) })}
                  </span>
                )}
              </div>
              <div className={styles.alertItemActions}>
                {alert.state === 'OPEN' && (
                  <button type="button" className="button" disabled={busy} onClick={() => void acknowledge(alert.id, annotate).catch(() => {})} data-testid="alert-acknowledge">
                    {t('alerts.acknowledge')}
                  </button>
                )}
                <button type="button" className="button" disabled={busy} onClick={() => void resolve(alert.id).catch(() => {})} data-testid="alert-resolve">
                  {t('alerts.resolve')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
