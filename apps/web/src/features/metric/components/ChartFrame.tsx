import type { ReactNode } from 'react';

/**
 * Fixed-height, accessible container for a lazy chart: role="img" with a description of the data, and a
 * placeholder of the same size while the chart code loads (no layout shift).
 */
export function ChartFrame({ label, height, children, testId }: { label: string; height: number; children: ReactNode; testId?: string }) {
  return (
    <div className="chart-frame" role="img" aria-label={label} style={{ minHeight: height }} data-testid={testId}>
      <div aria-hidden="true">{children}</div>
    </div>
  );
}
