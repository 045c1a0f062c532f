import type { Comparison } from '@opshub/metrics';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { changeIndicator, hasChange } from '../../../shared/format/changeIndicator';
import { useFormat } from '../../../shared/format/useFormat';
import { PERCENT_UNIT } from '../../../shared/format/unit';
import { usePulseOnChange } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { KPI_PULSE_CLASS, KpiChange } from '../../../shared/ui/KpiChange';
import { StaleSince } from '../../../shared/ui/StaleSince';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import styles from './KpiSummary.module.css';

/** The headline of the drill-down: exact value, change, target and status for the selected period. */
export function KpiSummary({ kpi, compare, now }: { kpi: KpiFieldsFragment; compare: Comparison; now: Date }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { unit, direction } = kpi.metric;
  const pulsing = usePulseOnChange(kpi.value);
  const { sentiment, arrow } = changeIndicator(kpi, unit, direction);
  const period = `${fmt.dateTime(kpi.period.from, 'date')} – ${fmt.dateTime(kpi.period.to, 'date')}`;

  return (
    <section className={pulsing ? `${styles.summary} ${KPI_PULSE_CLASS}` : styles.summary} aria-label={t('metric.current')} data-testid="kpi-summary">
      <div className={styles.main}>
        <span className={styles.value} data-testid="kpi-value">
          {fmt.value(kpi.value, unit)}
        </span>
        <StatusBadge status={kpi.status} />
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>{t('metric.current')}</dt>
          <dd>{period}</dd>
        </div>
        <div>
          <dt>{t(`kpi.vs.${compare}`)}</dt>
          {hasChange(kpi) ? (
            <KpiChange as="dd" sentiment={sentiment} data-testid="kpi-change">
              <Icon name={arrow} size={14} /> {fmt.change(kpi.change, kpi.changeRatio, unit)}{' '}
              <span className="muted">({fmt.value(kpi.comparisonValue, unit)})</span>
              <span className="sr-only"> ({t(`sentiment.${sentiment}`)})</span>
            </KpiChange>
          ) : (
            <dd className="muted" data-testid="kpi-change">
              {t('kpi.noComparison')}
            </dd>
          )}
        </div>
        <div>
          <dt>{t('metric.target')}</dt>
          <dd>
            {kpi.target ? (
              <>
                {fmt.value(kpi.target.value, unit)}
                {kpi.attainment !== null && (
                  <span className="muted"> · {t('kpi.attainment', { value: fmt.value(kpi.attainment, PERCENT_UNIT) })}</span>
                )}
              </>
            ) : (
              t('kpi.noTarget')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('metric.updated')}</dt>
          <dd>
            {kpi.lastUpdatedAt ? (
              <time dateTime={kpi.lastUpdatedAt} title={fmt.dateTime(kpi.lastUpdatedAt)}>
                {fmt.dateTime(kpi.lastUpdatedAt, 'relative', now)}
              </time>
            ) : (
              t('kpi.neverUpdated')
            )}
            <StaleSince staleSince={kpi.staleSince} now={now} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
