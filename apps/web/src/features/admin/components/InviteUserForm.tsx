import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Department, Role } from '../../../gql/graphql';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { departmentsFor, inviteSchema, type InviteForm } from '../lib/adminSchemas';
import { GrantFields } from './GrantFields';
import styles from './Admin.module.css';

const FIELDS = ['email', 'name', 'role', 'departments'] as const;
const EMPTY: InviteForm = { email: '', name: '', role: 'VIEWER', departments: [] };

/** Creates a user who chooses their password through a one-time link; `onInvited` gets the link's token. */
export function InviteUserForm({ invite, onInvited }: {
  invite: (input: { email: string; name: string; role: Role; departments: Department[] }) => Promise<{ token: string; email: string } | null>;
  onInvited: (invited: { token: string; email: string }) => void;
}) {
  const { t } = useI18n();
  const form = useForm<InviteForm>({ resolver: zodResolver(inviteSchema), defaultValues: EMPTY });
  const { register, handleSubmit, setError, reset, formState } = form;
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const message = (key?: string) => (key ? t(key as MessageKey) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    try {
      const invited = await invite({ ...values, departments: departmentsFor(values) as Department[] });
      if (invited) {
        reset(EMPTY);
        onInvited(invited);
      }
    } catch (error) {
      if (!placeServerErrors(error)) setError('root', { type: 'server', message: 'admin.saveFailed' });
    }
  });

  return (
    <FormProvider {...form}>
      <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="invite-user-form">
        <Field label={t('admin.users.email')} error={message(formState.errors.email?.message)}>
          <input type="email" {...register('email')} autoComplete="off" data-testid="user-email-input" />
        </Field>
        <GrantFields />
        <div className={styles.actions}>
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting} data-testid="invite-user-submit">
            {formState.isSubmitting ? t('form.saving') : t('admin.users.invite')}
          </button>
          {formState.errors.root?.message && <FormMessage>{t(formState.errors.root.message as MessageKey)}</FormMessage>}
        </div>
      </form>
    </FormProvider>
  );
}
