import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Field, fieldErrorText, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n } from '../../../shared/i18n';
import { AddReviewActionItemMutation, ReviewQuery } from '../graphql/reviews';
import { actionItemFormSchema, toActionItemInput, type ActionItemFormValues } from '../lib/actionItemForm';
import styles from './Reviews.module.css';

const FIELDS = ['metricKey', 'ownerUserId', 'dueDate', 'text'] as const;

interface Props {
  reviewId: string;
  kpis: ReadonlyArray<{ metricKey: string; name: string }>;
  people: ReadonlyArray<{ id: string; name: string }>;
  defaultOwner: string;
}

/** Adds an action item about a KPI of the review: an owner and a due date are required. */
export function ActionItemForm({ reviewId, kpis, people, defaultOwner }: Props) {
  const { t, language: locale } = useI18n();
  const empty = { metricKey: kpis[0]?.metricKey ?? '', ownerUserId: defaultOwner, dueDate: '', text: '' };
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<ActionItemFormValues>({
    resolver: zodResolver(actionItemFormSchema),
    defaultValues: empty,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [add] = useMutation(AddReviewActionItemMutation, { refetchQueries: [ReviewQuery], awaitRefetchQueries: true });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const err = (name: keyof ActionItemFormValues) => fieldErrorText(t, errors[name] as { type?: string; message?: string } | undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await add({ variables: { input: toActionItemInput(reviewId, values), locale } });
      reset(empty);
    } catch (error) {
      if (!placeServerErrors(error)) setFormError(t('review.saveFailed'));
    }
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={t('review.addItem')} data-testid="action-item-form">
      <Field label={t('review.field.kpi')} error={err('metricKey')}>
        <select {...register('metricKey')}>
          {kpis.map((kpi) => (
            <option key={kpi.metricKey} value={kpi.metricKey}>
              {kpi.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('review.field.owner')} error={err('ownerUserId')}>
        <select {...register('ownerUserId')} data-testid="action-item-owner">
          <option value="">{t('review.chooseOwner')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('review.field.dueDate')} error={err('dueDate')}>
        <input type="date" {...register('dueDate')} data-testid="action-item-due" />
      </Field>
      <Field label={t('review.field.text')} error={err('text')}>
        <textarea {...register('text')} maxLength={500} data-testid="action-item-text" />
      </Field>
      {formError && <FormMessage>{formError}</FormMessage>}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="action-item-add">
          {t('review.addItem')}
        </button>
      </div>
    </form>
  );
}
