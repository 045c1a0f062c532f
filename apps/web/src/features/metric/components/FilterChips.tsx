import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';
import type { DimensionFilter } from '../lib/drillState';
import styles from './FilterChips.module.css';

interface Props {
  filters: readonly DimensionFilter[];
  onRemove: (dimension: string, value: string) => void;
  onClear: () => void;
}

/** Active drill filters as removable chips (each a real button with an explicit label). */
export function FilterChips({ filters, onRemove, onClear }: Props) {
  const { t } = useI18n();
  const labels = useDimensionLabels();
  if (filters.length === 0) return null;
  const count = filters.reduce((n, f) => n + f.values.length, 0);
  return (
    <div className={styles.filterChips} data-testid="filter-chips">
      <span className={styles.filterChipsLabel}>{t('filters.label')}</span>
      <ul>
        {filters.flatMap((filter) =>
          filter.values.map((value) => (
            <li key={`${filter.dimension}:${value}`}>
              <span className={styles.chip} data-testid="filter-chip" data-dimension={filter.dimension} data-value={value}>
                <span className={styles.chipDimension}>{labels.name(filter.dimension)}</span>
                <span className={styles.chipValue}>{labels.value(filter.dimension, value)}</span>
                <button
                  type="button"
                  className={styles.chipRemove}
                  aria-label={t('filters.remove', { dimension: labels.name(filter.dimension), value: labels.value(filter.dimension, value) })}
                  onClick={() => onRemove(filter.dimension, value)}
                >
                  <Icon name="close" size={12} />
                </button>
              </span>
            </li>
          )),
        )}
      </ul>
      {count > 1 && (
        <button type="button" className="button button--ghost button--small" onClick={onClear}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
