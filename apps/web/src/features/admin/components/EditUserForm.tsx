import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Department, Role, UserFieldsFragment } from '../../../gql/graphql';
import { FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { departmentsFor, userSchema, type UserForm } from '../lib/adminSchemas';
import { GrantFields } from './GrantFields';
import styles from './Admin.module.css';

const FIELDS = ['name', 'role', 'departments'] as const;

/** Name, role and departments of a user; saving ends the user's sessions when their rights change. */
export function EditUserForm({ user, save, onDone }: {
  user: UserFieldsFragment;
  save: (input: { name: string; role: Role; departments: Department[] }) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const form = useForm<UserForm>({ resolver: zodResolver(userSchema), defaultValues: { name: user.name, role: user.role, departments: user.departments } });
  const { handleSubmit, setError, formState } = form;
  const placeServerErrors = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async (values) => {
    try {
      await save({ ...values, departments: departmentsFor(values) as Department[] });
      onDone();
    } catch (error) {
      if (!placeServerErrors(error)) setError('root', { type: 'server', message: 'admin.saveFailed' });
    }
  });

  return (
    <FormProvider {...form}>
      <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="edit-user-form">
        <GrantFields />
        <p className={`${styles.wide} ${styles.muted}`}>{t('admin.users.editHint')}</p>
        <div className={styles.actions}>
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" className="button button--ghost" onClick={onDone}>
            {t('form.cancel')}
          </button>
          {formState.errors.root?.message && <FormMessage>{t(formState.errors.root.message as MessageKey)}</FormMessage>}
        </div>
      </form>
    </FormProvider>
  );
}
