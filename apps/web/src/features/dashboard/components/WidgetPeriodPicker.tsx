import { useId } from 'react';
import { COMPARISONS, RANGE_PRESETS, type Comparison, type RangePreset } from '@opshub/metrics';
import { useI18n } from '../../../shared/i18n';
import type { Widget } from '../lib/widgets';
import styles from './WidgetGrid.module.css';

interface Props {
  widget: Pick<Widget, 'id' | 'range' | 'compare'>;
  onChange: (period: Pick<Widget, 'range' | 'compare'>) => void;
}

/** In the editor: the widget's own period and comparison, or (empty) the dashboard's. A period of its own dates is kept until changed here. */
export function WidgetPeriodPicker({ widget, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const preset = widget.range?.preset ?? (widget.range ? 'CUSTOM' : '');
  return (
    <span className={styles.period}>
      <label htmlFor={`${id}-range`} className="sr-only">{t('widgets.period.range')}</label>
      <select id={`${id}-range`} value={preset} data-testid="widget-range"
        onChange={(e) => onChange({ range: e.target.value ? { preset: e.target.value as RangePreset, from: null, to: null } : null, compare: widget.compare })}>
        <option value="">{t('widgets.period.dashboard')}</option>
        {preset === 'CUSTOM' && <option value="CUSTOM" disabled>{t('widgets.period.custom')}</option>}
        {RANGE_PRESETS.map((option) => <option key={option} value={option}>{t(`range.${option}`)}</option>)}
      </select>
      <label htmlFor={`${id}-compare`} className="sr-only">{t('widgets.period.compare')}</label>
      <select id={`${id}-compare`} value={widget.compare ?? ''} data-testid="widget-compare"
        onChange={(e) => onChange({ range: widget.range, compare: e.target.value ? e.target.value as Comparison : null })}>
        <option value="">{t('widgets.period.dashboardCompare')}</option>
        {COMPARISONS.map((option) => <option key={option} value={option}>{t(`compare.${option}`)}</option>)}
      </select>
    </span>
  );
}
