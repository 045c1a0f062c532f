import { useMutation, useQuery } from '@apollo/client/react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { OrganizationQuery } from '../../../app/organization';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { UpdateOrganizationMutation } from '../graphql/admin';
import { CURRENCIES, organizationSchema, type OrganizationForm } from '../lib/adminSchemas';
import styles from '../components/Admin.module.css';

const TIME_ZONES = Intl.supportedValuesOf('timeZone');
const FIELDS = ['name', 'timeZone', 'currency'] as const;

function OrganizationSettingsForm({ settings }: { settings: OrganizationForm }) {
  const { t } = useI18n();
  // The whole app formats dates in the organisation's zone: it asks again once the change is saved.
  const [update] = useMutation(UpdateOrganizationMutation, { refetchQueries: ['Organization'], awaitRefetchQueries: true });
  const { register, handleSubmit, setError, reset, formState, control } = useForm<OrganizationForm>({ resolver: zodResolver(organizationSchema), defaultValues: settings });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const message = (key?: string) => (key ? t(key as MessageKey) : undefined);
  const newZone = useWatch({ control, name: 'timeZone' }) !== settings.timeZone;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await update({ variables: { input: values } });
      reset(values);
    } catch (error) {
      if (!placeServerErrors(error)) setError('root', { type: 'server', message: 'admin.saveFailed' });
    }
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="organization-form">
      <Field label={t('admin.org.name')} error={message(formState.errors.name?.message)}>
        <input type="text" {...register('name')} />
      </Field>
      <Field label={t('admin.org.timeZone')} hint={t(newZone ? 'admin.org.timeZoneChange' : 'admin.org.timeZoneHint')} error={message(formState.errors.timeZone?.message)}>
        <input type="text" list="organization-time-zones" autoComplete="off" spellCheck={false} {...register('timeZone')} />
      </Field>
      <datalist id="organization-time-zones">
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field label={t('admin.org.currency')} hint={t('admin.org.currencyHint')} error={message(formState.errors.currency?.message)}>
        <select {...register('currency')}>
          {CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </Field>
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting || !formState.isDirty}>
          {formState.isSubmitting ? t(newZone ? 'admin.org.recutting' : 'form.saving') : t('form.save')}
        </button>
        {formState.isSubmitSuccessful && !formState.isDirty && <FormMessage tone="success">{t('form.saved')}</FormMessage>}
        {formState.errors.root?.message && <FormMessage>{t(formState.errors.root.message as MessageKey)}</FormMessage>}
      </div>
    </form>
  );
}

/** The organisation's name, time zone and currency. */
export function OrganizationPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.org.title'));
  const { data, loading, error, refetch } = useQuery(OrganizationQuery);
  return (
    <Panel
      title={t('admin.org.title')}
      hint={t('admin.org.hint')}
      data={data?.organization}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<RowSkeletons count={3} />}
    >
      {(organization) => <OrganizationSettingsForm settings={{ name: organization.name, timeZone: organization.timeZone, currency: organization.currency }} />}
    </Panel>
  );
}
