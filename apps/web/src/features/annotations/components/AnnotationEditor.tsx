import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import type { TimeSpan } from '../../../shared/charts/TimeSelection';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import type { ChartAnnotation } from '../../alerts/hooks/useAnnotations';
import { CreateAnnotationMutation, UpdateAnnotationMutation } from '../graphql/annotations';
import { annotationFormSchema, fromLocalInput, toLocalInput, type AnnotationFormValues } from '../lib/annotationForm';
import styles from './ChartAnnotations.module.css';

const FIELDS = ['title', 'description', 'at', 'endAt'] as const;
/** Both the chart's and the list's reads of the annotations. */
const REFETCH = ['MetricAnnotations'];

type Props = { metricKey: string; onDone: () => void } & ({ annotation: ChartAnnotation; span?: never } | { span: TimeSpan; annotation?: never });

/** Writes a new annotation of the metric (at the picked point or span) or rewrites one of the user's own. */
export function AnnotationEditor({ metricKey, annotation, span, onDone }: Props) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const source = annotation ?? span;
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<AnnotationFormValues>({
    resolver: zodResolver(annotationFormSchema),
    defaultValues: {
      title: annotation?.title ?? '',
      description: annotation?.description ?? '',
      at: toLocalInput(source.at, timeZone),
      endAt: source.endAt === null ? '' : toLocalInput(source.endAt, timeZone),
    },
  });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const [formError, setFormError] = useState<string | null>(null);
  const [create] = useMutation(CreateAnnotationMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [update] = useMutation(UpdateAnnotationMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const input = {
      title: values.title,
      description: values.description,
      at: fromLocalInput(values.at, timeZone),
      endAt: values.endAt ? fromLocalInput(values.endAt, timeZone) : null,
      // A new one is about this metric; an edited one keeps the scope it was given.
      metricKeys: annotation ? annotation.metricKeys : [metricKey],
      departments: annotation ? annotation.departments : [],
    };
    try {
      if (annotation) await update({ variables: { id: annotation.id, input } });
      else await create({ variables: { input } });
      onDone();
    } catch (error) {
      if (!placeServerErrors(error)) setFormError(error instanceof Error ? error.message : t('goals.annotation.saveFailed'));
    }
  });
  const err = (name: (typeof FIELDS)[number]) => {
    const error = errors[name];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(error.message as MessageKey);
  };
  const heading = annotation ? t('goals.annotation.editTitle') : t('goals.annotation.new');

  return (
    <form className={styles.editor} onSubmit={onSubmit} noValidate aria-label={heading} data-testid="annotation-editor">
      <h3 className={styles.editorTitle}>{heading}</h3>
      <div className={styles.editorGrid}>
        <Field label={t('goals.annotation.title')} error={err('title')}>
          <input type="text" autoFocus {...register('title')} />
        </Field>
        <Field label={t('goals.annotation.at')} error={err('at')}>
          <input type="datetime-local" {...register('at')} />
        </Field>
        <Field label={t('goals.annotation.endAt')} error={err('endAt')}>
          <input type="datetime-local" {...register('endAt')} />
        </Field>
        <Field label={t('goals.annotation.description')} error={err('description')}>
          <textarea rows={2} {...register('description')} />
        </Field>
      </div>
      {formError && <FormMessage>{formError}</FormMessage>}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary button--small" disabled={isSubmitting} data-testid="annotation-save">
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
