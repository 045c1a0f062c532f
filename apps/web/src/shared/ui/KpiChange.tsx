import type { HTMLAttributes } from 'react';
import type { ChangeIndicator } from '../format/changeIndicator';
import styles from './KpiChange.module.css';

/** Rings a KPI's box briefly while `usePulseOnChange` says its value just changed (cards and the drill-down's headline). */
export const KPI_PULSE_CLASS = styles.pulse;

interface Props extends HTMLAttributes<HTMLElement> {
  as?: 'p' | 'dd';
  sentiment: ChangeIndicator['sentiment'];
}

/** A KPI's change, coloured by whether it is good news (say the sentiment in words too: colour alone is not enough). */
export function KpiChange({ as: Tag = 'p', sentiment, className, ...rest }: Props) {
  return <Tag className={[styles.change, styles[sentiment], className].filter(Boolean).join(' ')} data-sentiment={sentiment} {...rest} />;
}
