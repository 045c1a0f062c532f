import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import type { DigestCadence } from '../../../gql/graphql';
import { Field } from '../../../shared/forms';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { useSignedInViewer } from '../../rules/hooks/useSignedInViewer';
import { DeleteDigestSubscriptionMutation, DigestChannelsQuery, MyDigestsQuery, RunDigestMutation, SubscribeToDigestMutation } from '../graphql/digests';
import styles from './DigestSubscription.module.css';

interface Values {
  cadence: DigestCadence;
  /** '' for oneself. */
  channelId: string;
}

/**
 * A dashboard's daily or weekly digest by e-mail: anyone subscribes themself; department heads, executives and
 * ADMINs may also send it to a channel they manage. Lists one's subscriptions with "send now" and unsubscribe.
 */
export function DigestSubscription({ dashboardSlug }: { dashboardSlug: string }) {
  return useSignedInViewer() ? <SignedInDigestSubscription dashboardSlug={dashboardSlug} /> : null;
}

function SignedInDigestSubscription({ dashboardSlug }: { dashboardSlug: string }) {
  const { t } = useI18n();
  const viewer = useSignedInViewer();
  const mayUseChannels = viewer !== null && viewer.role !== 'VIEWER';
  const mine = useQuery(MyDigestsQuery, { variables: { dashboardSlug } });
  const channels = useQuery(DigestChannelsQuery, { skip: !mayUseChannels });
  const refetchQueries = [MyDigestsQuery];
  const [subscribe, subscribing] = useMutation(SubscribeToDigestMutation, { refetchQueries });
  const [unsubscribe] = useMutation(DeleteDigestSubscriptionMutation, { refetchQueries });
  const [runDigest] = useMutation(RunDigestMutation);
  const [notice, setNotice] = useState<'sent' | 'failed' | null>(null);
  const { register, handleSubmit } = useForm<Values>({ defaultValues: { cadence: 'WEEKLY', channelId: '' } });
  const channelName = (id: string | null | undefined) => channels.data?.channels.find((c) => c.id === id)?.name ?? '—';
  const act = (action: () => Promise<unknown>, ok: 'sent' | null) => {
    setNotice(null);
    action().then(() => setNotice(ok), () => setNotice('failed'));
  };
  const onSubscribe = handleSubmit((v) => act(() => subscribe({ variables: { input: { dashboardSlug, cadence: v.cadence, channelId: v.channelId || null } } }), null));
  const subscriptions = mine.data?.myDigestSubscriptions;

  return (
    <Panel title={t('rules.digest.title')} hint={t('rules.digest.hint')} data={subscriptions} loading={mine.loading} error={mine.error} data-testid="digest-panel">
      {(subscriptions) => (
        <>
          {subscriptions.length > 0 && (
            <ul className={styles.list}>
              {subscriptions.map((s) => (
                <li key={s.id} className={styles.item} data-testid="digest-subscription">
                  <span>
                    {t('rules.digest.subscribed', {
                      cadence: t(`rules.digest.cadence.${s.cadence}`),
                      to: s.userId ? t('rules.digest.toMe') : channelName(s.webhookEndpointId),
                    })}
                  </span>
                  <button type="button" className="button button--small" onClick={() => act(() => runDigest({ variables: { subscriptionId: s.id } }), 'sent')} data-testid="digest-send-now">
                    {t('rules.digest.sendNow')}
                  </button>
                  <button type="button" className="button button--ghost button--small" onClick={() => act(() => unsubscribe({ variables: { id: s.id } }), null)} data-testid="digest-unsubscribe">
                    {t('rules.digest.unsubscribe')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form className={styles.form} onSubmit={onSubscribe} data-testid="digest-form">
            <Field label={t('rules.digest.cadence')}>
              <select {...register('cadence')} data-testid="digest-cadence">
                <option value="DAILY">{t('rules.digest.cadence.DAILY')}</option>
                <option value="WEEKLY">{t('rules.digest.cadence.WEEKLY')}</option>
              </select>
            </Field>
            {mayUseChannels && (channels.data?.channels.length ?? 0) > 0 && (
              <Field label={t('rules.digest.to')}>
                <select {...register('channelId')} data-testid="digest-to">
                  <option value="">{t('rules.digest.toMe')}</option>
                  {channels.data?.channels.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                </select>
              </Field>
            )}
            <button type="submit" className="button button--primary" disabled={subscribing.loading} data-testid="digest-subscribe">{t('rules.digest.subscribe')}</button>
          </form>
          {notice === 'sent' && <p role="status">{t('rules.digest.sent')}</p>}
          {notice === 'failed' && <p role="alert" className={styles.failed}>{t('rules.digest.failed')}</p>}
        </>
      )}
    </Panel>
  );
}
