import { useId, useState, type FormEvent } from 'react';
import { COMPARISONS, RANGE_PRESETS, toZonedParts, type Comparison, type RangePreset } from '@opshub/metrics';
import { useTimeZone } from '../format/TimeZoneContext';
import { useI18n } from '../i18n';
import { useViewState } from '../url/useViewState';
import { shiftIsoDate } from '../url/viewState';
import styles from './RangeControls.module.css';

const CUSTOM = 'CUSTOM';

function todayIn(timeZone: string): string {
  const { year, month, day } = toZonedParts(new Date(), timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Time range (presets or a custom from–to) and comparison, written to the URL. The URL's `to` is exclusive
 * (?from=2026-01-01&to=2026-02-01 is January); the form shows the inclusive last day, as people expect.
 */
export function RangeControls() {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const view = useViewState();
  const id = useId();
  const [editingCustom, setEditingCustom] = useState(view.range.kind === 'custom');
  const [from, setFrom] = useState(view.range.kind === 'custom' ? view.range.from : '');
  const [to, setTo] = useState(view.range.kind === 'custom' ? shiftIsoDate(view.range.to, -1) : '');
  // When the URL's range changes (a choice here, back/forward, a link), the form follows it in the same render.
  const [shownRange, setShownRange] = useState(view.range);
  if (shownRange !== view.range) {
    setShownRange(view.range);
    if (view.range.kind === 'custom') {
      setFrom(view.range.from);
      setTo(shiftIsoDate(view.range.to, -1));
      setEditingCustom(true);
    } else {
      setEditingCustom(false);
    }
  }

  const selectValue = editingCustom ? CUSTOM : view.range.kind === 'preset' ? view.range.preset : CUSTOM;
  const invalid = from !== '' && to !== '' && from > to;

  const onRangeChange = (value: string) => {
    if (value === CUSTOM) {
      const today = todayIn(timeZone);
      setFrom((current) => current || shiftIsoDate(today, -29));
      setTo((current) => current || today);
      setEditingCustom(true);
      return;
    }
    setEditingCustom(false);
    view.setView({ range: { kind: 'preset', preset: value as RangePreset } });
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to || invalid) return;
    view.setView({ range: { kind: 'custom', from, to: shiftIsoDate(to, 1) } });
  };

  return (
    <div className={styles.controls}>
      <div className="field">
        <label htmlFor={`${id}-range`}>{t('range.label')}</label>
        <select
          id={`${id}-range`}
          data-testid="range-select"
          value={selectValue}
          onChange={(e) => onRangeChange(e.target.value)}
        >
          {RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`range.${preset}`)}
            </option>
          ))}
          <option value={CUSTOM}>{t('range.CUSTOM')}</option>
        </select>
      </div>

      {editingCustom && (
        <form className={styles.custom} onSubmit={apply} data-testid="custom-range">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('range.from')}</label>
            <input id={`${id}-from`} type="date" value={from} max={to || undefined} required onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('range.to')}</label>
            <input id={`${id}-to`} type="date" value={to} min={from || undefined} required onChange={(e) => setTo(e.target.value)} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-invalid` : undefined} />
          </div>
          <button type="submit" className="button" disabled={invalid || !from || !to}>
            {t('range.apply')}
          </button>
          {invalid && (
            <p id={`${id}-invalid`} className="field__error" role="alert">
              {t('range.invalid')}
            </p>
          )}
        </form>
      )}

      <div className="field">
        <label htmlFor={`${id}-compare`}>{t('compare.label')}</label>
        <select
          id={`${id}-compare`}
          data-testid="compare-select"
          value={view.compare}
          onChange={(e) => view.setView({ compare: e.target.value as Comparison })}
        >
          {COMPARISONS.map((compare) => (
            <option key={compare} value={compare}>
              {t(`compare.${compare}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
