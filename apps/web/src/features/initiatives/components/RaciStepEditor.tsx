import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import type { RaciMatricesQuery } from '../../../gql/graphql';
import { Field, fieldErrorText, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n } from '../../../shared/i18n';
import { RaciMatricesQuery as RaciQuery, UpdateRaciStepMutation } from '../graphql/plan';
import { raciFormSchema, type RaciFormValues } from '../lib/raciForm';
import styles from './InitiativeEditor.module.css';

type Step = RaciMatricesQuery['raciMatrices'][number]['steps'][number];
const FIELDS = ['responsibleUserId', 'accountableUserId', 'consultedUserIds', 'informedUserIds'] as const;

/** Who is Responsible, Accountable, Consulted and Informed on one step; errors beside their field. */
export function RaciStepEditor({ step, label, users, onDone }: { step: Step; label: string; users: ReadonlyArray<{ id: string; name: string }>; onDone: () => void }) {
  const { t } = useI18n();
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<RaciFormValues>({
    resolver: zodResolver(raciFormSchema),
    defaultValues: {
      responsibleUserId: step.responsible?.id ?? '', accountableUserId: step.accountable?.id ?? '',
      consultedUserIds: step.consulted.map((user) => user.id), informedUserIds: step.informed.map((user) => user.id),
    },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [save] = useMutation(UpdateRaciStepMutation, { refetchQueries: [RaciQuery], awaitRefetchQueries: true });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      await save({ variables: { id: step.id, input } });
      onDone();
    } catch (error) {
      if (!placeServerErrors(error)) setFormError(t('plan.raci.saveFailed'));
    }
  });
  const err = (name: keyof RaciFormValues) => fieldErrorText(t, errors[name] as { type?: string; message?: string } | undefined);
  const options = users.map((user) => (
    <option key={user.id} value={user.id}>
      {user.name}
    </option>
  ));
  const title = t('plan.editNamed', { name: label });
  return (
    <form className={styles.editor} onSubmit={onSubmit} noValidate aria-label={title} data-testid="raci-editor">
      <h2 className={styles.title}>{title}</h2>
      <div className={styles.grid}>
        <Field label={t('plan.raci.role.responsible')} error={err('responsibleUserId')}>
          <select {...register('responsibleUserId')}>
            <option value="">{t('plan.chooseOwner')}</option>
            {options}
          </select>
        </Field>
        <Field label={t('plan.raci.role.accountable')} error={err('accountableUserId')}>
          <select {...register('accountableUserId')}>
            <option value="">{t('plan.chooseOwner')}</option>
            {options}
          </select>
        </Field>
        <Field label={t('plan.raci.role.consulted')} error={err('consultedUserIds')}>
          <select multiple size={4} {...register('consultedUserIds')}>
            {options}
          </select>
        </Field>
        <Field label={t('plan.raci.role.informed')} error={err('informedUserIds')}>
          <select multiple size={4} {...register('informedUserIds')}>
            {options}
          </select>
        </Field>
      </div>
      {formError && <FormMessage>{formError}</FormMessage>}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
