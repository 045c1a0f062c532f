import { useForm, useWatch, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ChannelFieldsFragment, ChannelInput } from '../../../gql/graphql';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { channelFormSchema, CHANNEL_KINDS, CHANNEL_LOCALES, toChannelFormValues, toChannelInput, type ChannelFormValues } from '../lib/channelForm';
import styles from './Channels.module.css';

const FIELDS: Path<ChannelFormValues>[] = ['name', 'kind', 'department', 'url', 'recipients', 'locale'];

interface Props {
  channel: ChannelFieldsFragment | null;
  /** Departments the user may make channels for; '' stands for an ADMIN channel. */
  departments: readonly string[];
  saving: boolean;
  onSave: (input: ChannelInput) => Promise<void>;
  onDone: () => void;
}

export function ChannelForm({ channel, departments, saving, onSave, onDone }: Props) {
  const { t, language } = useI18n();
  // A new channel writes in the language of whoever sets it up, until they choose another.
  const form = useForm<ChannelFormValues>({ resolver: zodResolver(channelFormSchema), defaultValues: toChannelFormValues(channel, departments[0] ?? '', language) });
  const { register, handleSubmit, setError, formState: { errors } } = form;
  const kind = useWatch({ control: form.control, name: 'kind' });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const message = (key: keyof ChannelFormValues) => {
    const error = errors[key];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(error.message as MessageKey);
  };
  const departmentName = (d: string) => (d === '' ? t('rules.channel.allDepartments') : t(`department.${d}` as MessageKey));
  const submit = handleSubmit(async (values) => {
    try {
      await onSave(toChannelInput(values));
      onDone();
    } catch (error) {
      if (!placeServerErrors(error)) setError('root', { type: 'server', message: t('rules.channel.saveFailed') });
    }
  });

  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="channel-form">
      <div className={styles.grid}>
        <Field label={t('rules.channel.name')} error={message('name')}>
          <input type="text" {...register('name')} autoComplete="off" data-testid="channel-name" />
        </Field>
        {/* A channel keeps its kind and department (the server refuses changing them): shown, not offered. */}
        {channel ? (
          <p className={styles.fixed}>
            {t(`rules.channelKind.${channel.kind}`)} · {departmentName(channel.department ?? '')}
          </p>
        ) : (
          <>
            <Field label={t('rules.channel.kind')} error={message('kind')}>
              <select {...register('kind')} data-testid="channel-kind">
                {CHANNEL_KINDS.map((k) => <option key={k} value={k}>{t(`rules.channelKind.${k}`)}</option>)}
              </select>
            </Field>
            <Field label={t('rules.channel.department')} error={message('department')}>
              <select {...register('department')} data-testid="channel-department">
                {departments.map((d) => <option key={d} value={d}>{departmentName(d)}</option>)}
              </select>
            </Field>
          </>
        )}
        {kind === 'EMAIL' ? (
          <Field label={t('rules.channel.recipients')} hint={t('rules.channel.recipientsHint')} error={message('recipients')}>
            <textarea {...register('recipients')} rows={2} className={styles.recipients} data-testid="channel-recipients" />
          </Field>
        ) : (
          <Field label={t('rules.channel.url')} hint={t('rules.channel.urlHint')} error={message('url')}>
            <input {...register('url')} type="url" inputMode="url" data-testid="channel-url" />
          </Field>
        )}
        {kind !== 'WEBHOOK' && (
          <Field label={t('rules.channel.locale')} hint={t('rules.channel.localeHint')} error={message('locale')}>
            <select {...register('locale')} data-testid="channel-locale">
              {CHANNEL_LOCALES.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
            </select>
          </Field>
        )}
      </div>
      <label className="toggle">
        <input type="checkbox" {...register('active')} data-testid="channel-active" />
        <span>{t('rules.channel.active')}</span>
      </label>
      {errors.root?.message && <FormMessage>{errors.root.message}</FormMessage>}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={saving} data-testid="channel-save">{saving ? t('form.saving') : t('form.save')}</button>
        <button type="button" className="button button--ghost" onClick={onDone}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}
