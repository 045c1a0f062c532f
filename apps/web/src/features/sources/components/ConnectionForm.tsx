import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SqlConnectionFieldsFragment, SqlConnectionInput } from '../../../gql/graphql';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { connectionSchema, toConnectionInput, type ConnectionFormValues } from '../lib/sourceForms';
import styles from './Sources.module.css';

const FIELDS: Path<ConnectionFormValues>[] = ['name', 'connectionString'];

interface Props {
  connection: SqlConnectionFieldsFragment | null;
  onSave: (input: SqlConnectionInput) => Promise<unknown>;
  onTest: (connectionString: string) => Promise<{ ok: boolean; message: string } | null>;
  onDone: () => void;
}

/** Connects a PostgreSQL database, or renames one / replaces its connection string (which is never shown again). */
export function ConnectionForm({ connection, onSave, onTest, onDone }: Props) {
  const { t } = useI18n();
  const creating = connection === null;
  const { register, handleSubmit, setError, getValues, formState: { errors, isSubmitting } } = useForm<ConnectionFormValues>({
    resolver: zodResolver(connectionSchema(creating)),
    defaultValues: { name: connection?.name ?? '', connectionString: '' },
  });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const [test, setTest] = useState<{ ok: boolean; message: string } | 'testing' | null>(null);
  const message = (key: keyof ConnectionFormValues) => {
    const error = errors[key];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(error.message as MessageKey);
  };
  const submit = handleSubmit(async (values) => {
    try {
      await onSave(toConnectionInput(values));
      onDone();
    } catch (error) {
      if (!placeServerErrors(error)) setError('root', { type: 'server', message: t('sources.saveFailed') });
    }
  });
  const runTest = async () => {
    const connectionString = getValues('connectionString').trim();
    if (!connectionString) return;
    setTest('testing');
    try {
      setTest(await onTest(connectionString));
    } catch (error) {
      setTest(null);
      placeServerErrors(error);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="connection-form">
      <div className={styles.grid}>
        <Field label={t('sources.connection.name')} error={message('name')}>
          <input type="text" {...register('name')} autoComplete="off" data-testid="connection-name" />
        </Field>
        <Field
          label={t('sources.connection.string')}
          hint={creating ? t('sources.connection.stringHint') : t('sources.connection.replaceHint')}
          error={message('connectionString')}
        >
          <input type="password" {...register('connectionString')} autoComplete="off" spellCheck={false} data-testid="connection-string" />
        </Field>
      </div>
      {test && (
        <p role="status" className={test !== 'testing' && !test.ok ? styles.failing : undefined} data-testid="connection-test-result">
          {test === 'testing' ? t('sources.connection.testing') : test.ok ? t('sources.connection.ok') : t('sources.connection.failed', { message: test.message })}
        </p>
      )}
      {errors.root?.message && <FormMessage>{errors.root.message}</FormMessage>}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="connection-save">
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button" onClick={() => void runTest()} disabled={test === 'testing'} data-testid="connection-test">
          {t('sources.connection.test')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}
