import { lazy, Suspense, useCallback, useMemo } from 'react';
import { ChartFrame } from '../../../shared/charts/ChartFrame';
import { chartPalette } from '../../../shared/charts/palette';
import type { GqlUnit } from '../../../shared/format/unit';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { ChartPlaceholder } from '../../../shared/ui/States';
import styles from './GoalTrajectory.module.css';

const TrajectoryChart = lazy(() => import('./TrajectoryChart'));

interface Point {
  at: string | Date;
  value: number;
}

const pairs = (points: readonly Point[]): [number, number][] => points.map((p) => [new Date(p.at).getTime(), p.value]);

/** A goal's trajectory against what happened, as a small chart with a legend and a description for screen readers. */
export function GoalTrajectory({ path, actual, unit, height = 140, testId }: { path: readonly Point[]; actual: readonly Point[]; unit: GqlUnit; height?: number; testId?: string }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  const pathPairs = useMemo(() => pairs(path), [path]);
  const actualPairs = useMemo(() => pairs(actual), [actual]);
  const labels = useMemo(() => ({ path: t('goals.path'), actual: t('goals.actual') }), [t]);
  const formatValue = useCallback((v: number) => fmt.value(v, unit, { compact: true }), [fmt, unit]);
  const formatDate = useCallback((ms: number) => fmt.dateTime(new Date(ms), 'date'), [fmt]);
  const palette = chartPalette(theme);
  const first = pathPairs[0];
  const last = pathPairs[pathPairs.length - 1];
  const label = first && last
    ? t('goals.chartLabel', {
        from: formatDate(first[0]), start: formatValue(first[1]), to: formatDate(last[0]), end: formatValue(last[1]), count: actualPairs.length,
      })
    : t('goals.chartEmpty');
  return (
    <div className={styles.trajectory}>
      <ul className={styles.legend} aria-hidden="true">
        <li>
          <span className={styles.swatch} style={{ borderTopColor: palette.target, borderTopStyle: 'dashed' }} />
          {labels.path}
        </li>
        <li>
          <span className={styles.swatch} style={{ borderTopColor: palette.primary }} />
          {labels.actual}
        </li>
      </ul>
      <ChartFrame label={label} height={height} testId={testId}>
        <Suspense fallback={<ChartPlaceholder height={height} />}>
          <TrajectoryChart
            path={pathPairs}
            actual={actualPairs}
            labels={labels}
            palette={palette}
            dark={theme === 'dark'}
            height={height}
            formatValue={formatValue}
            formatDate={formatDate}
          />
        </Suspense>
      </ChartFrame>
    </div>
  );
}
