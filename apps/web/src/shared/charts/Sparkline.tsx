import { lazy, Suspense, useMemo } from 'react';
import styles from './Sparkline.module.css';

const SparklineChart = lazy(() => import('./SparklineChart'));

export interface SparklineProps {
  points: readonly { at: string; value: number | null }[];
  /** Accessible description of the series (role="img"). */
  label: string;
  color: string;
  height?: number;
}

/** A fixed-height slot, so neither the lazy chart nor an empty trend shifts the card layout. */
export function Sparkline({ points, label, color, height = 44 }: SparklineProps) {
  const data = useMemo(
    () => points.map((p) => [Date.parse(p.at), p.value] as [number, number | null]).sort((a, b) => a[0] - b[0]),
    [points],
  );
  const plottable = data.filter(([, v]) => v !== null).length >= 2;
  return (
    <div className={styles.sparkline} role="img" aria-label={label} style={{ height }} data-testid="sparkline">
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
