import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { DIMENSION_LIMITS } from '@opshub/metrics';
import { Field } from '../../../shared/forms';
import { z } from '../../../shared/forms/zod';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { addFilter, removeFilter, type DimensionFilter } from '../../../shared/url/filters';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import { FilterChips } from '../../metric/components/FilterChips';
import styles from './DashboardFilterBar.module.css';

const schema = z.object({
  dimension: z.string().min(1, 'form.required'),
  value: z.string().trim().min(1, 'form.required').max(DIMENSION_LIMITS.maxValueLength, 'share.filters.tooLong'),
});
type Values = z.infer<typeof schema>;

interface Props {
  /** The dimensions the dashboard's metrics carry (that the user may break down). */
  dimensions: readonly string[];
  filters: readonly DimensionFilter[];
  onChange: (filters: DimensionFilter[]) => void;
  /** Cards the filters leave whole (their metric lacks a filtered dimension). */
  unfilteredCount: number;
}

/** Adds and removes dimension filters (region = EMEA) that apply to every card of the dashboard with that dimension. */
export function DashboardFilterBar({ dimensions, filters, onChange, unfilteredCount }: Props) {
  const { t } = useI18n();
  const labels = useDimensionLabels();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<Values>({
    resolver: zodResolver(schema), defaultValues: { dimension: dimensions[0] ?? '', value: '' },
  });
  if (dimensions.length === 0 && filters.length === 0) return null;
  const message = (name: keyof Values) => {
    const text = errors[name]?.message;
    return text ? t(text as MessageKey) : undefined;
  };
  const add = handleSubmit(({ dimension, value }) => {
    onChange(addFilter(filters, dimension, value.trim()));
    reset({ dimension, value: '' });
  });

  return (
    <section className={styles.bar} aria-label={t('share.filters.title')} data-testid="dashboard-filter-bar">
      {dimensions.length > 0 && (
        <form className={styles.form} onSubmit={add} noValidate data-testid="dashboard-filter-form">
          <Field label={t('share.filters.dimension')} error={message('dimension')}>
            <select {...register('dimension')} data-testid="dashboard-filter-dimension">
              {dimensions.map((d) => <option key={d} value={d}>{labels.name(d)}</option>)}
            </select>
          </Field>
          <Field label={t('share.filters.value')} error={message('value')}>
            <input type="text" {...register('value')} autoComplete="off" placeholder={t('share.filters.valuePlaceholder')} data-testid="dashboard-filter-value" />
          </Field>
          <button type="submit" className="button button--small" data-testid="dashboard-filter-add">{t('share.filters.add')}</button>
        </form>
      )}
      <FilterChips
        filters={filters}
        onRemove={(dimension, value) => onChange(removeFilter(filters, dimension, value))}
        onClear={() => onChange([])}
      />
      {filters.length > 0 && unfilteredCount > 0 && (
        <p className={styles.note} data-testid="dashboard-filter-note">{t('share.filters.someWhole', { count: unfilteredCount })}</p>
      )}
    </section>
  );
}
