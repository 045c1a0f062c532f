import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ConfirmButton } from '../../../shared/forms';
import { useI18n } from '../../../shared/i18n';
import type { ChartAnnotation } from '../../alerts/hooks/useAnnotations';
import { DeleteAnnotationMutation } from '../graphql/annotations';
import type { AnnotationDraft } from '../hooks/useAnnotationDraft';
import { AnnotationEditor } from './AnnotationEditor';
import styles from './ChartAnnotations.module.css';

interface Props {
  metricKey: string;
  annotations: readonly ChartAnnotation[];
  formatDate: (epochMs: number) => string;
  draft: AnnotationDraft;
}

/**
 * Under a metric's chart: the annotations it draws (text, never markup), the editor for one picked on the chart,
 * and edit and delete for the user's own.
 */
export function ChartAnnotations({ metricKey, annotations, formatDate, draft }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [remove, removal] = useMutation(DeleteAnnotationMutation, { refetchQueries: ['MetricAnnotations'], awaitRefetchQueries: true });

  return (
    <div className={styles.annotations}>
      {draft.allowed && !draft.span && (
        <p className={styles.hint}>
          <span className="muted">{t('goals.annotation.hint')}</span>
          <button type="button" className="button button--small" onClick={() => draft.setSpan({ at: Date.now(), endAt: null })} data-testid="annotation-add">
            {t('goals.annotation.add')}
          </button>
        </p>
      )}
      {draft.span && <AnnotationEditor key={`${draft.span.at}-${draft.span.endAt}`} metricKey={metricKey} span={draft.span} onDone={() => draft.setSpan(null)} />}
      {annotations.length > 0 && (
        <ul className={styles.list} aria-label={t('metric.annotations')} data-testid="chart-annotations">
          {annotations.map((a) => (
            <li key={a.id} data-testid="chart-annotation" data-annotation-id={a.id}>
              {editing === a.id ? (
                <AnnotationEditor metricKey={metricKey} annotation={a} onDone={() => setEditing(null)} />
              ) : (
                <div className={styles.item} title={a.description || undefined}>
                  <time dateTime={new Date(a.at).toISOString()}>
                    {formatDate(a.at)}
                    {a.endAt !== null && ` – ${formatDate(a.endAt)}`}
                  </time>
                  <span className={styles.title}>{a.title}</span>
                  {a.createdBy && <span className="muted">{t('goals.annotation.by', { name: a.createdBy })}</span>}
                  {a.editable && (
                    <span className={styles.actions}>
                      <button type="button" className="button button--ghost button--small" onClick={() => setEditing(a.id)} data-testid="annotation-edit">
                        {t('goals.annotation.edit')}
                      </button>
                      <ConfirmButton name={a.title} disabled={removal.loading} onConfirm={() => void remove({ variables: { id: a.id } }).catch(() => {})} />
                    </span>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {removal.error && <p className="field__error" role="alert">{removal.error.message}</p>}
    </div>
  );
}
