import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { API_KEY_SCOPES, DEPARTMENTS } from '@opshub/metrics';
import type { ApiKeyInput } from '../../../gql/graphql';
import { zonedDayEnd } from '../../audit';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { apiKeySchema, type ApiKeyForm } from '../lib/adminSchemas';
import styles from './Admin.module.css';

const FIELDS = ['name', 'scopes', 'department', 'expiresAt'] as const;
const EMPTY: ApiKeyForm = { name: '', scopes: ['READ'], department: '', expiresAt: '' };

/** A new integrator key; `create` answers with the key, shown once by the page. */
export function CreateApiKeyForm({ create }: { create: (input: ApiKeyInput) => Promise<unknown> }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { register, handleSubmit, setError, reset, formState } = useForm<ApiKeyForm>({ resolver: zodResolver(apiKeySchema), defaultValues: EMPTY });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const message = (key?: string) => (key ? t(key as MessageKey) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    try {
      await create({
        name: values.name,
        scopes: values.scopes,
        department: values.department || null,
        // A key runs to the end of its last day in the organisation's zone.
        expiresAt: values.expiresAt ? zonedDayEnd(values.expiresAt, timeZone).toISOString() : null,
      });
      reset(EMPTY);
    } catch (error) {
      if (!placeServerErrors(error)) setError('root', { type: 'server', message: 'admin.saveFailed' });
    }
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="create-key-form">
      <Field label={t('admin.keys.name')} error={message(formState.errors.name?.message)}>
        <input type="text" {...register('name')} autoComplete="off" data-testid="key-name-input" />
      </Field>
      <Field label={t('admin.keys.department')} hint={t('admin.keys.departmentHint')} error={message(formState.errors.department?.message)}>
        <select {...register('department')}>
          <option value="">{t('admin.keys.allDepartments')}</option>
          {DEPARTMENTS.map((department) => (
            <option key={department} value={department}>
              {t(`department.${department}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('admin.keys.expiresOn')} hint={t('admin.keys.expiresHint')} error={message(formState.errors.expiresAt?.message)}>
        <input type="date" {...register('expiresAt')} />
      </Field>
      <div>
        <fieldset className={styles.checks}>
          <legend>{t('admin.keys.scopes')}</legend>
          {API_KEY_SCOPES.map((scope) => (
            <label key={scope} className={styles.check}>
              <input type="checkbox" value={scope} {...register('scopes')} />
              {t(`admin.keys.scope.${scope}`)}
            </label>
          ))}
        </fieldset>
        {formState.errors.scopes && (
          <p role="alert" className="field__error">
            {message(formState.errors.scopes.message)}
          </p>
        )}
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting} data-testid="create-key-submit">
          {formState.isSubmitting ? t('form.saving') : t('admin.keys.create')}
        </button>
        {formState.errors.root?.message && <FormMessage>{t(formState.errors.root.message as MessageKey)}</FormMessage>}
      </div>
    </form>
  );
}
