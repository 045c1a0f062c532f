import { useId } from 'react';
import { Link, type To } from 'react-router-dom';
import type { Comparison } from '@opshub/metrics';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { Sparkline } from '../../../shared/charts/Sparkline';
import { chartPalette } from '../../../shared/charts/palette';
import { changeIndicator, hasChange } from '../../../shared/format/changeIndicator';
import { useFormat } from '../../../shared/format/useFormat';
import { PERCENT_UNIT } from '../../../shared/format/unit';
import { usePulseOnChange } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { Icon } from '../../../shared/ui/Icon';
import { KPI_PULSE_CLASS, KpiChange } from '../../../shared/ui/KpiChange';
import { Skeleton } from '../../../shared/ui/States';
import { StaleSince } from '../../../shared/ui/StaleSince';
import { displayStatus, StatusBadge, type DisplayStatus } from '../../../shared/ui/StatusBadge';
import { hasPacingLine, KpiPacing } from './KpiPacing';
import styles from './KpiCard.module.css';

/** The card's edge shows a status that needs attention. */
const STATUS_ACCENT: Partial<Record<DisplayStatus, string>> = { OFF_TRACK: styles.kpiCardOffTrack, AT_RISK: styles.kpiCardAtRisk };

export interface KpiCardProps {
  kpi: KpiFieldsFragment;
  compare: Comparison;
  /** Drill-down target; none on a shared screen (the card is not a link then). */
  to?: To;
  /** Router state for the drill-down (the page to go back to). */
  linkState?: { from: string };
  /** Reference time for "updated 2 min ago". */
  now?: Date;
  /** A quiet remark under the card (the dashboard's filter does not apply to it), with its explanation. */
  note?: { text: string; title: string };
}

/**
 * One KPI: value by unit, target and attainment, direction-aware change, status (icon + text + colour),
 * sparkline and freshness ("stale since …" when its data is overdue, so an old number is not read as current). The whole card is a real link to the drill-down with a concise accessible name;
 * the details are attached as its description. Pulses briefly when the value changes while on screen.
 */
export function KpiCard({ kpi, compare, to, linkState, now, note }: KpiCardProps) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const id = useId();
  const { metric } = kpi;
  const pulsing = usePulseOnChange(kpi.value);

  const value = fmt.value(kpi.value, metric.unit, { compact: true });
  const exactValue = fmt.value(kpi.value, metric.unit);
  const status = displayStatus(kpi.status);
  const stale = kpi.staleSince ? `, ${t('sources.stale.since', { time: fmt.dateTime(kpi.staleSince, 'datetime') })}` : '';
  const label = t('kpi.ariaLabel', { name: metric.name, value, status: t(`statusInline.${status}`) }) + stale;

  const { sentiment, arrow } = changeIndicator(kpi, metric.unit, metric.direction);
  const changeText = fmt.change(kpi.change, kpi.changeRatio, metric.unit);
  const comparisonDates = `${fmt.dateTime(kpi.comparisonPeriod.from, 'date')} – ${fmt.dateTime(kpi.comparisonPeriod.to, 'date')}`;

  const values = kpi.trend.map((p) => p.value).filter((v): v is number => v !== null);
  const trendLabel =
    values.length > 0
      ? t('kpi.trendLabel', {
          name: metric.name,
          count: values.length,
          first: fmt.value(values[0], metric.unit, { compact: true }),
          last: fmt.value(values[values.length - 1], metric.unit, { compact: true }),
        })
      : t('kpi.trendEmpty', { name: metric.name });
  const palette = chartPalette(theme);
  const trendColor = { GOOD: palette.good, BAD: palette.bad, NEUTRAL: palette.primary }[sentiment];

  const classes = [styles.kpiCard, STATUS_ACCENT[status]];
  if (pulsing) classes.push(KPI_PULSE_CLASS);

  const cardProps = {
    className: classes.filter(Boolean).join(' '),
    'aria-label': label,
    'aria-describedby': `${id}-change ${id}-target${hasPacingLine(kpi) ? ` ${id}-pacing` : ''} ${id}-updated${note ? ` ${id}-note` : ''}`,
    'data-testid': 'kpi-card',
    'data-metric-key': metric.key,
    'data-status': status,
    'data-stale': kpi.staleSince ? 'true' : undefined,
    'data-pulsing': pulsing ? 'true' : undefined,
  };
  const content = (
    <>
      <div className={styles.kpiCardHead}>
        <h3 className={styles.kpiCardName}>{metric.name}</h3>
        <StatusBadge status={kpi.status} />
      </div>

      <div
        className={styles.kpiCardValue}
        data-testid="kpi-value"
        title={exactValue !== value ? t('kpi.fullValue', { value: exactValue }) : undefined}
      >
        {value}
      </div>

      <KpiChange id={`${id}-change`} sentiment={sentiment} data-testid="kpi-change" title={comparisonDates}>
        {hasChange(kpi) ? (
          <>
            <Icon name={arrow} size={14} />
            <span>{changeText}</span>{' '}
            <span className={styles.kpiChangeVs}>{t(`kpi.vs.${compare}`)}</span>
            <span className="sr-only"> ({t(`sentiment.${sentiment}`)})</span>
          </>
        ) : (
          <span className={styles.kpiChangeVs}>{t('kpi.noComparison')}</span>
        )}
      </KpiChange>

      <p id={`${id}-target`} className={styles.kpiCardTarget} data-testid="kpi-target">
        {kpi.target ? (
          <>
            <span>{t('kpi.target', { value: fmt.value(kpi.target.value, metric.unit, { compact: true }) })}</span>
            {kpi.attainment !== null && (
              <>
                {' '}
                <span className={styles.kpiCardDot} aria-hidden="true">
                  ·
                </span>{' '}
                <span data-testid="kpi-attainment">
                  {t('kpi.attainment', { value: fmt.value(kpi.attainment, PERCENT_UNIT) })}
                </span>
              </>
            )}
          </>
        ) : (
          t('kpi.noTarget')
        )}
      </p>

      <KpiPacing kpi={kpi} id={`${id}-pacing`} />

      <Sparkline points={kpi.trend} label={trendLabel} color={trendColor} />

      <StaleSince staleSince={kpi.staleSince} now={now} />

      <p id={`${id}-updated`} className={styles.kpiCardUpdated}>
        {kpi.lastUpdatedAt ? (
          <time dateTime={kpi.lastUpdatedAt} title={fmt.dateTime(kpi.lastUpdatedAt, 'datetime')}>
            {t('kpi.updated', { time: fmt.dateTime(kpi.lastUpdatedAt, 'relative', now) })}
          </time>
        ) : (
          t('kpi.neverUpdated')
        )}
      </p>
      {note && (
        <p id={`${id}-note`} className={styles.kpiCardNote} title={note.title} data-testid="kpi-note">
          {note.text}
        </p>
      )}
    </>
  );
  return to ? (
    <Link to={to} state={linkState} {...cardProps}>
      {content}
    </Link>
  ) : (
    <div role="group" {...cardProps}>
      {content}
    </div>
  );
}

export function KpiCardSkeleton() {
  return (
    <div className={`${styles.kpiCard} ${styles.kpiCardSkeleton}`} aria-hidden="true">
      <div className={styles.kpiCardHead}>
        <Skeleton variant="text" style={{ width: '55%' }} />
        <Skeleton variant="chip" />
      </div>
      <Skeleton variant="value" />
      <Skeleton variant="text" style={{ width: '70%' }} />
      <Skeleton variant="text" style={{ width: '45%' }} />
      <Skeleton variant="spark" />
      <Skeleton variant="text" style={{ width: '35%' }} />
    </div>
  );
}
