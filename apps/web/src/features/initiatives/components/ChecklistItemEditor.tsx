import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import type { ChecklistItemFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton, Field, fieldErrorText, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n } from '../../../shared/i18n';
import { zonedDay } from '../../../shared/url/viewState';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { ChecklistItemsQuery, CreateChecklistItemMutation, DeleteChecklistItemMutation, UpdateChecklistItemMutation } from '../graphql/plan';
import { checklistFormSchema, checklistFormValues, toChecklistItemInput, type ChecklistFormValues } from '../lib/checklistForm';
import styles from './InitiativeEditor.module.css';

const FIELDS = ['goalId', 'title', 'ownerUserId', 'dueDate', 'metricKey', 'target'] as const;

export interface ChecklistChoices {
  goals: ReadonlyArray<{ id: string; name: string; startAt: string }>;
  owners: ReadonlyArray<{ id: string; name: string }>;
  metrics: ReadonlyArray<{ key: string; name: string }>;
}

interface Props {
  /** null for a new item. */
  item: ChecklistItemFieldsFragment | null;
  choices: ChecklistChoices;
  /** The goal a new item goes to unless another is picked. */
  defaultGoalId: string;
  onDone: () => void;
}

/** Creates or changes a milestone checklist item; each error shows beside its field, the server's included. */
export function ChecklistItemEditor({ item, choices, defaultGoalId, onDone }: Props) {
  const { t, language: locale } = useI18n();
  const timeZone = useTimeZone();
  const goalStarts = useMemo(() => Object.fromEntries(choices.goals.map((goal) => [goal.id, zonedDay(goal.startAt, timeZone)])), [choices.goals, timeZone]);
  const schema = useMemo(() => checklistFormSchema(goalStarts), [goalStarts]);
  const [today] = useState(() => zonedDay(new Date(), timeZone));
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ChecklistFormValues>({
    resolver: zodResolver(schema),
    defaultValues: checklistFormValues(item, { goalId: defaultGoalId, dueDate: today }),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const options = { refetchQueries: [ChecklistItemsQuery], awaitRefetchQueries: true };
  const [create] = useMutation(CreateChecklistItemMutation, options);
  const [update] = useMutation(UpdateChecklistItemMutation, options);
  const [remove, removal] = useMutation(DeleteChecklistItemMutation, options);
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const fail = (error: unknown) => {
    if (!placeServerErrors(error)) setFormError(t('plan.checklist.saveFailed'));
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const input = toChecklistItemInput(values);
      if (item) await update({ variables: { id: item.id, input, locale } });
      else await create({ variables: { input, locale } });
      onDone();
    } catch (error) {
      fail(error);
    }
  });

  const err = (name: keyof ChecklistFormValues) => fieldErrorText(t, errors[name] as { type?: string; message?: string } | undefined);
  const title = item ? t('plan.editNamed', { name: item.title }) : t('plan.checklist.new');

  return (
    <form className={styles.editor} onSubmit={onSubmit} noValidate aria-label={title} data-testid="checklist-editor">
      <h2 className={styles.title}>{title}</h2>
      <div className={styles.grid}>
        <Field label={t('plan.checklist.field.title')} error={err('title')}>
          <input type="text" {...register('title')} />
        </Field>
        <Field label={t('plan.checklist.field.goal')} error={err('goalId')}>
          <select {...register('goalId')}>
            <option value="">{t('plan.checklist.chooseGoal')}</option>
            {choices.goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('plan.field.owner')} error={err('ownerUserId')}>
          <select {...register('ownerUserId')}>
            <option value="">{t('plan.chooseOwner')}</option>
            {choices.owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('plan.checklist.field.dueDate')} error={err('dueDate')}>
          <input type="date" {...register('dueDate')} />
        </Field>
        <Field label={t('plan.checklist.field.metric')} hint={t('plan.checklist.metricHint')} error={err('metricKey')}>
          <select {...register('metricKey')}>
            <option value="">{t('plan.checklist.byHand')}</option>
            {choices.metrics.map((metric) => (
              <option key={metric.key} value={metric.key}>
                {metric.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('plan.checklist.field.target')} hint={t('plan.checklist.targetHint')} error={err('target')}>
          <input type="number" step="any" inputMode="decimal" {...register('target', { valueAsNumber: true })} />
        </Field>
      </div>
      {formError && <FormMessage>{formError}</FormMessage>}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="checklist-save">
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('form.cancel')}
        </button>
        {item && (
          <ConfirmButton
            name={item.title}
            disabled={removal.loading}
            onConfirm={() => {
              setFormError(null);
              remove({ variables: { id: item.id } }).then(onDone, fail);
            }}
          />
        )}
      </div>
    </form>
  );
}
