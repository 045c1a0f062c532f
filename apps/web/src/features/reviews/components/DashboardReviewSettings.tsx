import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { REVIEW_CADENCES } from '@opshub/metrics';
import { Field, fieldErrorText, FormMessage, useServerErrors } from '../../../shared/forms';
import { z } from '../../../shared/forms/zod';
import { useI18n } from '../../../shared/i18n';
import { DashboardReviewSettingsQuery, SetDashboardReviewMutation } from '../graphql/reviews';
import styles from './Reviews.module.css';

/** Both or neither: a dashboard is reviewed by someone, on a cadence. Messages are i18n keys. */
const schema = z.object({ ownerUserId: z.string(), cadence: z.union([z.enum(REVIEW_CADENCES), z.literal('')]) }).superRefine((values, context) => {
  if (values.ownerUserId && !values.cadence) context.addIssue({ code: 'custom', path: ['cadence'], message: 'review.error.cadence' });
  if (values.cadence && !values.ownerUserId) context.addIssue({ code: 'custom', path: ['ownerUserId'], message: 'review.error.reviewer' });
});
type Values = z.infer<typeof schema>;
const FIELDS = ['ownerUserId', 'cadence'] as const;

/** In the dashboard editor's settings: who reviews the dashboard's KPIs and how often, saved on its own. */
export function DashboardReviewSettings({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { data } = useQuery(DashboardReviewSettingsQuery, { variables: { slug } });
  const settings = data?.dashboardReviewSettings;
  if (!settings) return null;
  return <SettingsForm key={`${settings.owner?.id}-${settings.cadence}`} slug={slug} people={data.reviewPeople} initial={{ ownerUserId: settings.owner?.id ?? '', cadence: settings.cadence ?? '' }} t={t} />;
}

function SettingsForm({ slug, people, initial, t }: { slug: string; people: ReadonlyArray<{ id: string; name: string }>; initial: Values; t: ReturnType<typeof useI18n>['t'] }) {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting, isDirty } } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: initial });
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [save] = useMutation(SetDashboardReviewMutation, { refetchQueries: [DashboardReviewSettingsQuery] });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const err = (name: keyof Values) => fieldErrorText(t, errors[name] as { type?: string; message?: string } | undefined);
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    try {
      await save({ variables: { slug, ownerUserId: values.ownerUserId || null, cadence: values.cadence || null } });
      setMessage({ tone: 'success', text: t('review.settingsSaved') });
    } catch (error) {
      if (!placeServerErrors(error)) setMessage({ tone: 'error', text: t('review.saveFailed') });
    }
  });
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={t('review.settings')} data-testid="dashboard-review-settings">
      <Field label={t('review.reviewer')} error={err('ownerUserId')}>
        <select {...register('ownerUserId')} data-testid="dashboard-reviewer">
          <option value="">{t('review.noReviewer')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('metric.cadence')} error={err('cadence')}>
        <select {...register('cadence')} data-testid="dashboard-cadence">
          <option value="">{t('catalog.field.noCadence')}</option>
          {REVIEW_CADENCES.map((cadence) => (
            <option key={cadence} value={cadence}>
              {t(`catalog.cadence.${cadence}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={isSubmitting || !isDirty} data-testid="dashboard-review-save">
          {t('review.saveSettings')}
        </button>
        {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      </div>
    </form>
  );
}
