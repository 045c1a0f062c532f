import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { COST_CATEGORIES, DEPARTMENTS } from '@opshub/metrics';
import type { InitiativeChoicesQuery, InitiativeFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton, Field, fieldErrorText, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n } from '../../../shared/i18n';
import { zonedDay } from '../../../shared/url/viewState';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { CreateInitiativeMutation, DeleteInitiativeMutation, InitiativesQuery, UpdateInitiativeMutation } from '../graphql/initiatives';
import { initiativeFormSchema, initiativeFormValues, toInitiativeInput, type InitiativeFormValues } from '../lib/initiativeForm';
import styles from './InitiativeEditor.module.css';

const FIELDS = ['name', 'department', 'ownerUserId', 'costCategory', 'startDate', 'plannedInvestment', 'expectedAnnualSaving', 'metricKeys'] as const;

interface Props {
  /** null for a new initiative. */
  initiative: InitiativeFieldsFragment | null;
  choices: InitiativeChoicesQuery | undefined;
  onDone: () => void;
}

/** Creates or changes an initiative; each error shows beside its field, the server's included. */
export function InitiativeEditor({ initiative, choices, onDone }: Props) {
  const { t, language: locale } = useI18n();
  const timeZone = useTimeZone();
  const [today] = useState(() => zonedDay(new Date(), timeZone));
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<InitiativeFormValues>({
    resolver: zodResolver(initiativeFormSchema),
    defaultValues: initiativeFormValues(initiative, today),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const options = { refetchQueries: [InitiativesQuery], awaitRefetchQueries: true };
  const [create] = useMutation(CreateInitiativeMutation, options);
  const [update] = useMutation(UpdateInitiativeMutation, options);
  const [remove, removal] = useMutation(DeleteInitiativeMutation, options);
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const fail = (error: unknown) => {
    if (!placeServerErrors(error)) setFormError(t('plan.saveFailed'));
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const input = toInitiativeInput(values);
      if (initiative) await update({ variables: { id: initiative.id, input, locale } });
      else await create({ variables: { input, locale } });
      onDone();
    } catch (error) {
      fail(error);
    }
  });

  const err = (name: keyof InitiativeFormValues) => fieldErrorText(t, errors[name] as { type?: string; message?: string } | undefined);
  const title = initiative ? t('plan.editNamed', { name: initiative.name }) : t('plan.new');
  const owners = choices?.initiativeOwnerChoices ?? [];

  return (
    <form className={styles.editor} onSubmit={onSubmit} noValidate aria-label={title} data-testid="initiative-editor">
      <h2 className={styles.title}>{title}</h2>
      <div className={styles.grid}>
        <Field label={t('plan.field.name')} error={err('name')}>
          <input type="text" {...register('name')} />
        </Field>
        <Field label={t('plan.field.owner')} error={err('ownerUserId')}>
          <select {...register('ownerUserId')}>
            <option value="">{t('plan.chooseOwner')}</option>
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('plan.field.department')} hint={t('plan.departmentHint')} error={err('department')}>
          <select {...register('department')}>
            {DEPARTMENTS.map((department) => (
              <option key={department} value={department}>
                {t(`department.${department}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('plan.field.costCategory')} error={err('costCategory')}>
          <select {...register('costCategory')}>
            {COST_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`plan.category.${category}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('plan.field.startDate')} error={err('startDate')}>
          <input type="date" {...register('startDate')} />
        </Field>
        <Field label={t('plan.field.investment')} error={err('plannedInvestment')}>
          <input type="number" step="any" min={0} inputMode="decimal" {...register('plannedInvestment', { valueAsNumber: true })} />
        </Field>
        <Field label={t('plan.field.saving')} error={err('expectedAnnualSaving')}>
          <input type="number" step="any" min={0} inputMode="decimal" {...register('expectedAnnualSaving', { valueAsNumber: true })} />
        </Field>
        <Field label={t('plan.field.metrics')} hint={t('plan.metricsHint')} error={err('metricKeys')}>
          <select multiple size={5} {...register('metricKeys')}>
            {(choices?.metrics ?? []).map((metric) => (
              <option key={metric.key} value={metric.key}>
                {metric.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {formError && <FormMessage>{formError}</FormMessage>}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="initiative-save">
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('form.cancel')}
        </button>
        {initiative && (
          <ConfirmButton
            name={initiative.name}
            disabled={removal.loading}
            onConfirm={() => {
              setFormError(null);
              remove({ variables: { id: initiative.id } }).then(onDone, fail);
            }}
          />
        )}
      </div>
    </form>
  );
}
