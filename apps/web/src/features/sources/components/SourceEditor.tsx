import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SqlConnectionFieldsFragment, SqlSourceFieldsFragment, SqlSourceInput } from '../../../gql/graphql';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { SqlQueryPreviewQuery } from '../graphql/sources';
import { sourceSchema, toSourceFormValues, toSourceInput, type SourceFormValues } from '../lib/sourceForms';
import { QueryPreview } from './QueryPreview';
import styles from './Sources.module.css';

const FIELDS: Path<SourceFormValues>[] = ['metricKey', 'connectionId', 'query', 'timeColumn', 'valueColumn', 'dimensionColumns', 'everyMinutes', 'cron'];

interface Props {
  source: SqlSourceFieldsFragment | null;
  connections: readonly SqlConnectionFieldsFragment[];
  /** Base metrics a source may feed (not derived, not computed from records), with their names. */
  metrics: ReadonlyArray<{ key: string; name: string }>;
  onSave: (input: SqlSourceInput) => Promise<unknown>;
  onDone: () => void;
}

/** A metric's query: columns, schedule, "Test query" (rows and the points they map to) before saving. */
export function SourceEditor({ source, connections, metrics, onSave, onDone }: Props) {
  const { t } = useI18n();
  const { register, handleSubmit, setError, control, formState: { errors, isSubmitting } } = useForm<SourceFormValues>({
    resolver: zodResolver(sourceSchema),
    defaultValues: toSourceFormValues(source, connections[0]?.id ?? ''),
  });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const schedule = useWatch({ control, name: 'schedule' });
  const [runPreview, preview] = useLazyQuery(SqlQueryPreviewQuery, { fetchPolicy: 'no-cache' });
  const [previewFailed, setPreviewFailed] = useState(false);
  const message = (key: keyof SourceFormValues) => {
    const error = errors[key];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(error.message as MessageKey);
  };
  const onPreview = handleSubmit(async (values) => {
    setPreviewFailed(false);
    const result = await runPreview({ variables: { input: toSourceInput(values) } }).catch((error: unknown) => ({ error }));
    if (result.error && !placeServerErrors(result.error)) setPreviewFailed(true);
  });
  const onSubmit = handleSubmit(async (values) => {
    try {
      await onSave(toSourceInput(values));
      onDone();
    } catch (error) {
      if (!placeServerErrors(error)) setError('root', { type: 'server', message: t('sources.saveFailed') });
    }
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="source-form">
      <div className={styles.grid}>
        <Field label={t('sources.source.metric')} error={message('metricKey')}>
          <select {...register('metricKey')} disabled={source !== null} data-testid="source-metric">
            <option value="">{t('sources.source.chooseMetric')}</option>
            {metrics.map((m) => <option key={m.key} value={m.key}>{m.name} ({m.key})</option>)}
          </select>
        </Field>
        <Field label={t('sources.source.connection')} error={message('connectionId')}>
          <select {...register('connectionId')} data-testid="source-connection">
            {connections.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </Field>
      </div>
      <Field label={t('sources.source.query')} hint={t('sources.source.queryHint')} error={message('query')}>
        <textarea {...register('query')} className={styles.query} spellCheck={false} data-testid="source-query" />
      </Field>
      <div className={styles.grid}>
        <Field label={t('sources.source.timeColumn')} error={message('timeColumn')}>
          <input type="text" {...register('timeColumn')} autoComplete="off" spellCheck={false} data-testid="source-time" />
        </Field>
        <Field label={t('sources.source.valueColumn')} error={message('valueColumn')}>
          <input type="text" {...register('valueColumn')} autoComplete="off" spellCheck={false} data-testid="source-value" />
        </Field>
        <Field label={t('sources.source.dimensionColumns')} hint={t('sources.source.dimensionHint')} error={message('dimensionColumns')}>
          <input type="text" {...register('dimensionColumns')} autoComplete="off" spellCheck={false} data-testid="source-dimensions" />
        </Field>
        <Field label={t('sources.source.schedule')} error={message('schedule')}>
          <select {...register('schedule')} data-testid="source-schedule">
            <option value="EVERY">{t('sources.source.every')}</option>
            <option value="CRON">{t('sources.source.cron')}</option>
          </select>
        </Field>
        {schedule === 'EVERY' ? (
          <Field label={t('sources.source.everyMinutes')} error={message('everyMinutes')}>
            <input type="number" inputMode="numeric" min={1} step={1} {...register('everyMinutes')} data-testid="source-every" />
          </Field>
        ) : (
          <Field label={t('sources.source.cronExpression')} hint={t('sources.source.cronHint')} error={message('cron')}>
            <input type="text" {...register('cron')} autoComplete="off" spellCheck={false} data-testid="source-cron" />
          </Field>
        )}
      </div>
      <label className="toggle">
        <input type="checkbox" {...register('active')} data-testid="source-active" />
        <span>{t('sources.source.active')}</span>
      </label>
      {errors.root?.message && <FormMessage>{errors.root.message}</FormMessage>}
      <div className={styles.actions}>
        <button type="button" className="button" onClick={() => void onPreview()} disabled={preview.loading} data-testid="source-preview">
          {preview.loading ? t('sources.preview.running') : t('sources.preview.run')}
        </button>
        <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="source-save">
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>{t('form.cancel')}</button>
      </div>
      <div aria-live="polite">
        {previewFailed && <FormMessage>{t('sources.preview.failed')}</FormMessage>}
        {preview.data && !preview.loading && <QueryPreview preview={preview.data.sqlQueryPreview} />}
      </div>
    </form>
  );
}
