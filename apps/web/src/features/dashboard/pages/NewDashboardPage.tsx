import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { canEdit, DEPARTMENTS, MAX_DASHBOARD_DESCRIPTION, MAX_DASHBOARD_TITLE, type Department } from '@opshub/metrics';
import { Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { z } from '../../../shared/forms/zod';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { dashboardPath } from '../../../shared/url/paths';
import { useGrant } from '../../auth/hooks/useGrant';
import { CreateDashboardMutation, ImportDashboardMutation } from '../graphql/builder';
import { widgetProblem } from '../lib/saveErrors';
import styles from '../components/DashboardEditor.module.css';

const PERSONAL = 'PERSONAL';
const schema = z.object({
  title: z.string().trim().min(1).max(MAX_DASHBOARD_TITLE),
  description: z.string().max(MAX_DASHBOARD_DESCRIPTION),
  owner: z.string(),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['title', 'description'] as const;

/** A new dashboard, empty (then edited) or from an exported JSON file; personal, or a department's for who may edit it. */
export function NewDashboardPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const grant = useGrant();
  useDocumentTitle(t('builder.new.title'));
  const departments = useMemo(() => (grant ? DEPARTMENTS.filter((d) => canEdit(grant, d, 'DASHBOARD')) : []), [grant]);
  const [create] = useMutation(CreateDashboardMutation, { refetchQueries: ['Dashboards'] });
  const [importDashboard] = useMutation(ImportDashboardMutation, { refetchQueries: ['Dashboards'] });
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState: { errors, isSubmitting } } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { title: '', description: '', owner: PERSONAL },
  });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const ownerOf = (owner: string): Department | null => (owner === PERSONAL ? null : (owner as Department));
  const open = (slug: string) => navigate({ pathname: dashboardPath(slug), search: '?edit=1' });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const { data } = await create({ variables: { input: { title: values.title, description: values.description, widgets: [] }, department: ownerOf(values.owner) } });
      if (data) open(data.createDashboard.slug);
    } catch (error) {
      if (!placeServerErrors(error)) setFailure(t('builder.editor.saveFailed'));
    }
  });

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    try {
      const { data } = await importDashboard({ variables: { document: await file.text(), department: ownerOf(getValues('owner')) } });
      if (data) open(data.importDashboard.slug);
    } catch (error) {
      const where = widgetProblem(error);
      setFailure(where ? t('builder.new.importProblem', { field: where.field, message: where.message }) : t('builder.new.importFailed'));
    }
  };

  return (
    <div className="page" data-testid="new-dashboard-page">
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{t('builder.new.title')}</h1>
          <p className="page-header__description">{t('builder.new.hint')}</p>
        </div>
      </header>
      <form className={styles.bar} onSubmit={submit} noValidate>
        <div className={styles.fields}>
          <Field label={t('builder.editor.title')} error={errors.title && t('builder.editor.titleRequired', { max: MAX_DASHBOARD_TITLE })}>
            <input type="text" {...register('title')} data-testid="new-title" />
          </Field>
          <Field label={t('builder.editor.description')} error={errors.description && t('builder.editor.descriptionTooLong', { max: MAX_DASHBOARD_DESCRIPTION })}>
            <input type="text" {...register('description')} />
          </Field>
          <Field label={t('builder.new.owner')} hint={t('builder.new.ownerHint')}>
            <select {...register('owner')} data-testid="new-owner">
              <option value={PERSONAL}>{t('builder.new.personal')}</option>
              {departments.map((department) => <option key={department} value={department}>{t(`department.${department}`)}</option>)}
            </select>
          </Field>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="new-create">{t('builder.new.create')}</button>
          <label className="button">
            {t('builder.new.import')}
            <input type="file" accept="application/json,.json" className="sr-only" data-testid="new-import"
              onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
          </label>
        </div>
        {failure && <FormMessage>{failure}</FormMessage>}
      </form>
    </div>
  );
}
