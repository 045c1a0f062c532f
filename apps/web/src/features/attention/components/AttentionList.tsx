import { Link } from 'react-router-dom';
import type { AttentionItemsQuery, AttentionReason } from '../../../gql/graphql';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { PERCENT_UNIT } from '../../../shared/format/unit';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { StatusChip } from '../../../shared/ui/StatusBadge';
import { metricPath } from '../../../shared/url/paths';
import { attentionDays } from './attentionDays';
import styles from './AttentionList.module.css';

type Item = AttentionItemsQuery['attentionItems'][number];

const REASON_LOOK = {
  OFF_TRACK: { tone: 'OFF_TRACK', icon: 'cross' },
  AT_RISK: { tone: 'AT_RISK', icon: 'alert' },
  BEHIND_PACE: { tone: 'AT_RISK', icon: 'down' },
} as const satisfies Record<AttentionReason, { tone: 'OFF_TRACK' | 'AT_RISK'; icon: 'cross' | 'alert' | 'down' }>;

/** The KPIs that need attention in the server's order (worst first): why, how far from target, whose, since when. */
export function AttentionList({ items, now, search }: { items: readonly Item[]; now: Date; search: string }) {
  return (
    <ol className={styles.list} data-testid="attention-list">
      {items.map((item) => (
        <AttentionRow key={item.kpi.metric.key} item={item} now={now} search={search} />
      ))}
    </ol>
  );
}

function AttentionRow({ item, now, search }: { item: Item; now: Date; search: string }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const timeZone = useTimeZone();
  const { kpi } = item;
  const { metric } = kpi;
  const days = attentionDays(new Date(item.since), now, timeZone);
  return (
    <li className={styles.row} data-testid="attention-item" data-metric-key={metric.key}>
      <div className={styles.kpi}>
        <Link to={{ pathname: metricPath(metric.key), search }} className={styles.name}>
          {metric.name}
        </Link>
        <span className={styles.muted}>{t(`department.${metric.department}`)}</span>
      </div>
      <ul className={styles.reasons} aria-label={t('attention.why')}>
        {item.reasons.map((reason) => (
          <li key={reason}>
            <StatusChip tone={REASON_LOOK[reason].tone} data-reason={reason}>
              <Icon name={REASON_LOOK[reason].icon} size={12} />
              {t(`attention.reason.${reason}`)}
            </StatusChip>
          </li>
        ))}
      </ul>
      <div className={styles.numbers}>
        <span className={styles.value}>{fmt.value(kpi.value, metric.unit, { compact: true })}</span>
        {kpi.target && (
          <span className={styles.muted}>
            {t('kpi.target', { value: fmt.value(kpi.target.value, metric.unit, { compact: true }) })}
            {kpi.attainment !== null && ` · ${t('kpi.attainment', { value: fmt.value(kpi.attainment, PERCENT_UNIT) })}`}
          </span>
        )}
        {kpi.pacing?.status === 'BEHIND' && (
          <span className={styles.muted}>{t('attention.expected', { expected: fmt.value(kpi.pacing.expected, metric.unit, { compact: true }) })}</span>
        )}
      </div>
      <div className={styles.owner}>
        <Icon name="user" size={14} />
        <span>{metric.owner ?? t('attention.noOwner')}</span>
      </div>
      <div className={styles.since} data-testid="attention-since">
        {/* A run reaching past the days looked at began on its first day or earlier: longer than the days before today. */}
        <strong>{item.sinceBeyondHistory ? t('attention.forMoreThan', { count: days - 1 }) : t('attention.forDays', { count: days })}</strong>
        <span className={styles.muted}>{t(item.sinceBeyondHistory ? 'attention.sinceOrEarlier' : 'attention.since', { date: fmt.dateTime(item.since, 'date') })}</span>
      </div>
    </li>
  );
}
