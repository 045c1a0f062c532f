import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminSlaPoliciesQuery, SlaPolicyUpdateInput } from '../../../gql/graphql';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { slaPolicySchema, type SlaPolicyForm as Form } from '../lib/adminSchemas';
import styles from './Admin.module.css';

type Policy = AdminSlaPoliciesQuery['slaPolicies'][number];

/** One policy's deadline (in minutes) and whether it starts new clocks. */
export function SlaPolicyForm({ policy, save }: { policy: Policy; save: (input: SlaPolicyUpdateInput) => Promise<unknown> }) {
  const { t } = useI18n();
  const { register, handleSubmit, setError, reset, formState } = useForm<Form>({
    resolver: zodResolver(slaPolicySchema),
    defaultValues: { minutes: Math.round(policy.durationSeconds / 60), active: policy.active },
  });
  // The server speaks in seconds: its error about the duration belongs beside the minutes.
  const placeServerErrors = useServerErrors(setError, ['minutes', 'active']);
  const message = (key?: string) => (key ? t(key as MessageKey) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    try {
      await save({ durationSeconds: values.minutes * 60, active: values.active });
      reset(values);
    } catch (error) {
      if (!placeServerErrors(error)) setError('minutes', { type: 'server', message: 'admin.sla.minutesInvalid' });
    }
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="sla-policy-form" data-policy={policy.key}>
      <Field label={t('admin.sla.minutes')} error={message(formState.errors.minutes?.message)}>
        <input type="number" min={1} step={1} inputMode="numeric" {...register('minutes', { valueAsNumber: true })} />
      </Field>
      <label className={styles.check}>
        <input type="checkbox" {...register('active')} />
        {t('admin.sla.active')}
      </label>
      <div className={styles.actions}>
        <button type="submit" className="button button--primary button--small" disabled={formState.isSubmitting || !formState.isDirty}>
          {formState.isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        {formState.isSubmitSuccessful && !formState.isDirty && <FormMessage tone="success">{t('form.saved')}</FormMessage>}
      </div>
    </form>
  );
}
