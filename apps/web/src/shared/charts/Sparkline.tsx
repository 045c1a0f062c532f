import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '../i18n';
import { hasGaps } from './gaps';
import styles from './Sparkline.module.css';

const SparklineChart = lazy(() => import('./SparklineChart'));

export interface SparklineProps {
  points: readonly { at: string; value: number | null }[];
  /** Accessible description of the series (role="img"). */
  label: string;
  color: string;
  height?: number;
}

/**
 * A fixed-height slot, so neither the lazy chart nor an empty trend shifts the card layout. A bucket without a value
 * is drawn as a break in the line, on purpose (a flow's empty bucket comes as 0 from the API), and said so on hover.
 */
export function Sparkline({ points, label, color, height = 44 }: SparklineProps) {
  const { t } = useI18n();
  const data = useMemo(
    () => points.map((p) => [Date.parse(p.at), p.value] as [number, number | null]).sort((a, b) => a[0] - b[0]),
    [points],
  );
  const plottable = data.filter(([, v]) => v !== null).length >= 2;
  const gapNote = plottable && hasGaps(data.map(([, v]) => v)) ? t('sparkline.gaps') : undefined;
  return (
    <div
      className={styles.sparkline}
      role="img"
      aria-label={gapNote ? `${label}. ${gapNote}` : label}
      title={gapNote}
      style={{ height }}
      data-testid="sparkline"
    >
      {plottable && (
        <Suspense fallback={null}>
          <div aria-hidden="true" className={styles.sparklineChart} data-testid="sparkline-chart">
            <SparklineChart data={data} color={color} height={height} />
          </div>
        </Suspense>
      )}
    </div>
  );
}
