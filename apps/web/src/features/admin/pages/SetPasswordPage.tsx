import { useApolloClient, useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useParams } from 'react-router-dom';
import { AuthPage } from '../../auth/components/AuthPage';
import { useSession } from '../../auth/hooks/useSession';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { SetPasswordMutation } from '../graphql/admin';
import { MIN_PASSWORD_LENGTH, passwordSchema, type PasswordForm } from '../lib/adminSchemas';
import styles from './SetPasswordPage.module.css';

/** The page a one-time link opens (an invitation or a reset): choose a password, and be signed in. */
export default function SetPasswordPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { reload } = useSession();
  const [setPassword] = useMutation(SetPasswordMutation);
  useDocumentTitle(t('admin.password.title'));
  const { register, handleSubmit, setError, formState } = useForm<PasswordForm>({ resolver: zodResolver(passwordSchema), defaultValues: { password: '', confirm: '' } });
  const placeServerErrors = useServerErrors(setError, ['password']);
  const message = (key?: string) => (key ? t(key as MessageKey, { min: MIN_PASSWORD_LENGTH }) : undefined);

  const onSubmit = handleSubmit(async ({ password }) => {
    try {
      await setPassword({ variables: { token, password } });
      // Whoever was signed in on this browser before, the person of the link is now.
      await client.clearStore();
      reload();
      void navigate('/', { replace: true });
    } catch (error) {
      // A used or expired link is no field's fault: the whole form says so.
      if (!placeServerErrors(error)) setError('root', { type: 'server', message: 'admin.password.linkInvalid' });
    }
  });

  return (
    <AuthPage data-testid="set-password-page">
      <section className={styles.panel}>
        <h1>{t('admin.password.title')}</h1>
        <p className="muted">{t('admin.password.hint', { min: MIN_PASSWORD_LENGTH })}</p>
        <form className={styles.form} onSubmit={onSubmit} noValidate>
          <Field label={t('admin.password.password')} error={message(formState.errors.password?.message)}>
            <input type="password" autoComplete="new-password" {...register('password')} data-testid="new-password" />
          </Field>
          <Field label={t('admin.password.confirm')} error={message(formState.errors.confirm?.message)}>
            <input type="password" autoComplete="new-password" {...register('confirm')} data-testid="confirm-password" />
          </Field>
          {formState.errors.root?.message && <FormMessage>{t(formState.errors.root.message as MessageKey)}</FormMessage>}
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting} data-testid="set-password-submit">
            {formState.isSubmitting ? t('form.saving') : t('admin.password.submit')}
          </button>
        </form>
      </section>
    </AuthPage>
  );
}
