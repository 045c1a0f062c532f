import type { ReactNode } from 'react';
import styles from './ChartFrame.module.css';

interface Props {
  label: string;
  /** Reserved before the chart code loads, so nothing shifts when it does. */
  height?: number;
  /** Bars and slices answer clicks (a drill-down). */
  interactive?: boolean;
  testId?: string;
  children: ReactNode;
}

/**
 * Accessible container for a lazy chart: role="img" with a description of the data (the drawing itself is
 * hidden from assistive technology), and a placeholder of the same size while the chart code loads.
 */
export function ChartFrame({ label, height, interactive = false, testId, children }: Props) {
  return (
    <div
      className={interactive ? `${styles.frame} ${styles.interactive}` : styles.frame}
      role="img"
      aria-label={label}
      style={height === undefined ? undefined : { minHeight: height }}
      data-testid={testId}
      data-chart-frame=""
    >
      <div aria-hidden="true">{children}</div>
    </div>
  );
}
