import { useDeferredValue } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import type { UnitKind } from '@opshub/metrics';
import { Sparkline } from '../../../shared/charts/Sparkline';
import { chartPalette } from '../../../shared/charts/palette';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { useTheme } from '../../../shared/theme/useTheme';
import { ErrorState, Skeleton } from '../../../shared/ui/States';
import { FormulaPreviewQuery } from '../graphql/catalog';
import styles from './MetricEditor.module.css';

/** What the formula would have given over the last 90 days, from the server (the derived-KPI code path), asked once it parses. */
export function FormulaPreview({ formula, valid, unit }: { formula: string; valid: boolean; unit: { kind: UnitKind; currency: string | null } }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { theme } = useTheme();
  // Typing fast asks for the formula the user settled on, not each keystroke's.
  const settled = useDeferredValue(valid ? formula : null);
  const { data, previousData, loading, error, refetch } = useQuery(FormulaPreviewQuery, settled ? { variables: { formula: settled } } : skipToken);
  const preview = (data ?? previousData)?.formulaPreview;
  if (!valid) return null;
  return (
    <section className={styles.preview} aria-label={t('catalog.preview.title')} aria-busy={loading} data-testid="formula-preview">
      <h3 className={styles.previewTitle}>{t('catalog.preview.title')}</h3>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => {})} compact />
      ) : !preview ? (
        <Skeleton variant="spark" />
      ) : (
        <>
          <p className={styles.previewTotal}>
            {t('catalog.preview.total')}: <strong data-testid="formula-preview-total">{preview.total === null ? t('kpi.noValue') : fmt.value(preview.total, unit)}</strong>
          </p>
          <Sparkline
            points={preview.points}
            height={72}
            color={chartPalette(theme).primary}
            label={t('catalog.preview.chartLabel', { count: preview.points.filter((point) => point.value !== null).length })}
          />
        </>
      )}
    </section>
  );
}
