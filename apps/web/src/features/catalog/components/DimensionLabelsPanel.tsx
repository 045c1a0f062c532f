import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from '../../../shared/forms/zod';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n, type Translate } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { EditableDimensionLabelsQuery, SetDimensionLabelMutation } from '../graphql/catalog';
import styles from './TargetsPanel.module.css';

const labelSchema = (t: Translate) =>
  z.object({
    dimension: z.string().trim().regex(/^[a-z][a-z0-9_]*$/, t('catalog.error.dimension')),
    value: z.string().min(1, t('form.required')),
    label: z.string().trim().min(1, t('form.required')).max(120),
    labelEs: z.string().trim().max(120),
  });
type LabelForm = z.infer<ReturnType<typeof labelSchema>>;
const FIELDS = ['dimension', 'value', 'label', 'labelEs'] as const;

/** ADMIN: the display labels of dimension values, in English and Spanish; a value without one is shown humanised. */
export function DimensionLabelsPanel() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(EditableDimensionLabelsQuery);
  const [editing, setEditing] = useState<LabelForm | null>(null);
  return (
    <Panel
      title={t('catalog.labels.title')}
      hint={t('catalog.labels.hint')}
      data={data}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<RowSkeletons count={3} />}
      actions={
        editing === null ? (
          <button type="button" className="button button--small" onClick={() => setEditing({ dimension: '', value: '', label: '', labelEs: '' })}>
            {t('catalog.labels.add')}
          </button>
        ) : null
      }
      data-testid="dimension-labels"
    >
      {(loaded) => (
        <>
          {editing && <LabelEditor key={`${editing.dimension}:${editing.value}`} initial={editing} onDone={() => setEditing(null)} />}
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t('catalog.labels.dimension')}</th>
                  <th scope="col">{t('catalog.labels.value')}</th>
                  <th scope="col">{t('catalog.labels.en')}</th>
                  <th scope="col">{t('catalog.labels.es')}</th>
                  <th scope="col"><span className="sr-only">{t('catalog.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {loaded.dimensionLabels.map((entry) => (
                  <tr key={`${entry.dimension}:${entry.value}`} data-testid="dimension-label">
                    <td><code>{entry.dimension}</code></td>
                    <td><code>{entry.value}</code></td>
                    <td>{entry.en}</td>
                    <td>{entry.es}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        onClick={() => setEditing({ dimension: entry.dimension, value: entry.value, label: entry.en, labelEs: entry.es === entry.en ? '' : entry.es })}
                      >
                        {t('catalog.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Panel>
  );
}

function LabelEditor({ initial, onDone }: { initial: LabelForm; onDone: () => void }) {
  const { t } = useI18n();
  const schema = useMemo(() => labelSchema(t), [t]);
  const { register, handleSubmit, setError, formState } = useForm<LabelForm>({ resolver: zodResolver(schema), defaultValues: initial });
  const serverErrors = useServerErrors(setError, FIELDS);
  const [save] = useMutation(SetDimensionLabelMutation, { refetchQueries: ['EditableDimensionLabels', 'DimensionLabels'] });
  const [failure, setFailure] = useState<string | null>(null);
  const { errors, isSubmitting } = formState;
  const fixed = initial.dimension !== '';
  return (
    <form
      className={styles.editor}
      noValidate
      onSubmit={handleSubmit(async (form) => {
        setFailure(null);
        try {
          await save({ variables: { input: { ...form, labelEs: form.labelEs || null } } });
          onDone();
        } catch (error) {
          if (!serverErrors(error)) setFailure(t('catalog.editor.failed'));
        }
      })}
    >
      <Field label={t('catalog.labels.dimension')} error={errors.dimension?.message}>
        <input autoComplete="off" readOnly={fixed} {...register('dimension')} />
      </Field>
      <Field label={t('catalog.labels.value')} error={errors.value?.message}>
        <input autoComplete="off" readOnly={fixed} {...register('value')} />
      </Field>
      <Field label={t('catalog.labels.en')} error={errors.label?.message}>
        <input autoComplete="off" {...register('label')} />
      </Field>
      <Field label={t('catalog.labels.es')} hint={t('catalog.field.translationHint')} error={errors.labelEs?.message}>
        <input autoComplete="off" lang="es" {...register('labelEs')} />
      </Field>
      <div className={styles.editorActions}>
        {failure && <FormMessage>{failure}</FormMessage>}
        <button type="submit" className="button button--primary button--small" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
