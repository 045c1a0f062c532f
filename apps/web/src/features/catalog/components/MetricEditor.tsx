import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { AGGREGATIONS, DEPARTMENTS, DIRECTIONS, REVIEW_CADENCES, UNIT_KINDS } from '@opshub/metrics';
import type { CatalogMetricFieldsFragment } from '../../../gql/graphql';
import { Field, FormMessage, SharedWithField, useServerErrors } from '../../../shared/forms';
import { useI18n } from '../../../shared/i18n';
import { CreateMetricMutation, OwnerCandidatesQuery, UpdateMetricMutation } from '../graphql/catalog';
import { aggregationLabel, formFromMetric, formulaProblem, metricSchema, toCreateInput, toUpdateInput, type MetricForm } from '../lib/metricForm';
import { FormulaPreview } from './FormulaPreview';
import styles from './MetricEditor.module.css';

const FIELDS = [
  'key', 'name', 'nameEs', 'description', 'descriptionEs', 'department', 'sharedWith', 'unit.kind', 'unit.currency', 'direction', 'aggregation', 'ownerUserId',
  'reviewCadence', 'expectedIntervalMinutes', 'formula',
] as const;

/** Creates a metric or edits one (ADMIN): texts in English and Spanish, unit, direction, roll-up, owner, cadence, formula. */
export function MetricEditor({ metric, knownKeys, onDone }: { metric: CatalogMetricFieldsFragment | null; knownKeys: ReadonlySet<string>; onDone: () => void }) {
  const { t, language } = useI18n();
  const creating = metric === null;
  const schema = useMemo(() => metricSchema(t, knownKeys, creating), [t, knownKeys, creating]);
  const { register, handleSubmit, control, setError, formState } = useForm<MetricForm>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: formFromMetric(metric),
  });
  const serverErrors = useServerErrors(setError, FIELDS);
  const owners = useQuery(OwnerCandidatesQuery);
  const refetchQueries = ['Catalog', 'MetricDetail'];
  const [create] = useMutation(CreateMetricMutation, { refetchQueries });
  const [update] = useMutation(UpdateMetricMutation, { refetchQueries });
  const [failure, setFailure] = useState<string | null>(null);
  const [derived, formula, unitKind, currency, department] = useWatch({ control, name: ['derived', 'formula', 'unit.kind', 'unit.currency', 'department'] });
  const { errors, isSubmitting } = formState;
  // Validated as typed, beside the field, with the parser the server uses.
  const formulaError = derived ? (formula ? formulaProblem(formula, knownKeys, t) : errors.formula?.message) : null;

  return (
    <form
      className={styles.editor}
      noValidate
      data-testid="metric-editor"
      aria-label={creating ? t('catalog.editor.createTitle') : t('catalog.editor.editTitle', { name: metric.enName })}
      onSubmit={handleSubmit(async (form) => {
        setFailure(null);
        try {
          if (creating) await create({ variables: { input: toCreateInput(form), locale: language } });
          else await update({ variables: { key: metric.key, input: toUpdateInput(form, metric), locale: language } });
          onDone();
        } catch (error) {
          if (!serverErrors(error)) setFailure(t('catalog.editor.failed'));
        }
      })}
    >
      <h2 className={styles.title}>{creating ? t('catalog.editor.createTitle') : t('catalog.editor.editTitle', { name: metric.enName })}</h2>
      {creating ? (
        <Field label={t('catalog.field.key')} hint={t('catalog.field.keyHint')} error={errors.key?.message}>
          <input autoComplete="off" spellCheck={false} data-testid="metric-key" {...register('key')} />
        </Field>
      ) : (
        <p className={styles.key}>
          <code>{metric.key}</code>
        </p>
      )}
      <Field label={t('catalog.field.nameEn')} error={errors.name?.message}>
        <input autoComplete="off" data-testid="metric-name" {...register('name')} />
      </Field>
      <Field label={t('catalog.field.nameEs')} hint={t('catalog.field.translationHint')} error={errors.nameEs?.message}>
        <input autoComplete="off" lang="es" {...register('nameEs')} />
      </Field>
      <Field label={t('catalog.field.descriptionEn')} error={errors.description?.message}>
        <textarea rows={2} {...register('description')} />
      </Field>
      <Field label={t('catalog.field.descriptionEs')} error={errors.descriptionEs?.message}>
        <textarea rows={2} lang="es" {...register('descriptionEs')} />
      </Field>
      <Field label={t('metric.department')} error={errors.department?.message}>
        <select {...register('department')}>
          {DEPARTMENTS.map((department) => (
            <option key={department} value={department}>
              {t(`department.${department}`)}
            </option>
          ))}
        </select>
      </Field>
      <SharedWithField owner={department} registration={register('sharedWith')} hint={t('shr.hint')} error={errors.sharedWith?.message} />
      <Field label={t('catalog.field.unit')} error={errors.unit?.kind?.message}>
        <select {...register('unit.kind')}>
          {UNIT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`catalog.unit.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      {unitKind === 'CURRENCY' && (
        <Field label={t('catalog.field.currency')} error={errors.unit?.currency?.message}>
          <input autoComplete="off" maxLength={3} {...register('unit.currency')} />
        </Field>
      )}
      <Field label={t('catalog.field.direction')} error={errors.direction?.message}>
        <select {...register('direction')}>
          {DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t(`metric.direction.${direction}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('catalog.field.aggregation')} hint={t('catalog.field.aggregationHint')} error={errors.aggregation?.message}>
        <select {...register('aggregation')}>
          {AGGREGATIONS.map((aggregation) => (
            <option key={aggregation} value={aggregation}>
              {aggregationLabel(aggregation, t)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('metric.owner')}
        hint={metric?.owner && !metric.ownerUser ? t('catalog.field.ownerTitleHint', { title: metric.owner }) : undefined}
        error={errors.ownerUserId?.message}
      >
        <select data-testid="metric-owner" {...register('ownerUserId')}>
          <option value="">{t('catalog.field.noOwner')}</option>
          {(owners.data?.users ?? [])
            .filter((user) => !user.disabledAt || user.id === metric?.ownerUser?.id)
            .map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
        </select>
      </Field>
      <Field label={t('metric.cadence')} error={errors.reviewCadence?.message}>
        <select {...register('reviewCadence')}>
          <option value="">{t('catalog.field.noCadence')}</option>
          {REVIEW_CADENCES.map((cadence) => (
            <option key={cadence} value={cadence}>
              {t(`catalog.cadence.${cadence}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('sources.interval.label')}
        hint={metric?.freshnessIntervalMinutes && metric.expectedIntervalMinutes == null
          ? t('sources.interval.fromSource', { minutes: metric.freshnessIntervalMinutes })
          : t('sources.interval.hint')}
        error={errors.expectedIntervalMinutes?.message}
      >
        <input type="number" inputMode="numeric" min={1} step={1} data-testid="metric-interval" {...register('expectedIntervalMinutes')} />
      </Field>
      {creating && (
        <label className={styles.check}>
          <input type="checkbox" data-testid="metric-derived" {...register('derived')} />
          {t('catalog.field.derived')}
        </label>
      )}
      {derived && (
        <div className={styles.formula}>
          <Field label={t('metric.formula')} hint={t('catalog.field.formulaHint')} error={formulaError ?? undefined}>
            <textarea rows={2} spellCheck={false} className={styles.code} data-testid="metric-formula-input" {...register('formula')} />
          </Field>
          <FormulaPreview formula={formula} valid={!formulaError} unit={{ kind: unitKind, currency: unitKind === 'CURRENCY' ? currency : null }} />
        </div>
      )}
      <div className={styles.actions}>
        {failure && <FormMessage>{failure}</FormMessage>}
        <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="metric-save">
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
