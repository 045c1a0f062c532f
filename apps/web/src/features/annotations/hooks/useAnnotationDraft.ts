import { useState } from 'react';
import { canEditOwned, type Owned } from '@opshub/metrics';
import type { TimeSpan } from '../../../shared/charts/TimeSelection';
import { useGrant } from '../../auth/hooks/useGrant';

export interface AnnotationDraft {
  /** The span picked on the chart (or now, from the Add button) while the new annotation is written. */
  span: TimeSpan | null;
  setSpan: (span: TimeSpan | null) => void;
  /** Whether the user may annotate the metric: of their departments or shared with one (the server checks again). */
  allowed: boolean;
  /** For the chart: set only when allowed. */
  onSelect: ((span: TimeSpan) => void) | undefined;
}

/** The annotation being written on a metric's chart. */
export function useAnnotationDraft(metric: Owned): AnnotationDraft {
  const grant = useGrant();
  const [span, setSpan] = useState<TimeSpan | null>(null);
  const allowed = grant !== null && canEditOwned(grant, metric, 'ANNOTATION');
  return { span, setSpan, allowed, onSelect: allowed ? setSpan : undefined };
}
