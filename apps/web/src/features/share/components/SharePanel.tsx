import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ConfirmButton, Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { CreateShareLinkMutation, RevokeShareLinkMutation, ShareLinksQuery } from '../graphql/share';
import { expiresAt, SHARE_EXPIRIES, shareFormSchema, shareUrl, type ShareFormValues } from '../lib/shareForm';
import styles from './SharePanel.module.css';

const FIELDS: Path<ShareFormValues>[] = ['label'];

/**
 * Read-only links to this dashboard for wall screens and intranet pages: make one with an expiry (its address is
 * shown once, to copy), see who made which, and revoke one (screens showing it close at once).
 */
export function SharePanel({ dashboardSlug, onClose }: { dashboardSlug: string; onClose: () => void }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const links = useQuery(ShareLinksQuery, { variables: { dashboardSlug } });
  const refetchQueries = [ShareLinksQuery];
  const [create, creating] = useMutation(CreateShareLinkMutation, { refetchQueries });
  const [revoke] = useMutation(RevokeShareLinkMutation, { refetchQueries });
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [revokeFailed, setRevokeFailed] = useState(false);
  const { register, handleSubmit, setError, reset, formState: { errors } } = useForm<ShareFormValues>({
    resolver: zodResolver(shareFormSchema), defaultValues: { expiry: '30', label: '' },
  });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  const labelError = errors.label?.message && (errors.label.type === 'server' ? errors.label.message : t(errors.label.message as MessageKey));

  const submit = handleSubmit(async ({ expiry, label }) => {
    setCopied(null);
    try {
      const result = await create({ variables: { input: { dashboardSlug, expiresAt: expiresAt(expiry), label } } });
      if (result.data) setCreated(shareUrl(result.data.createShareLink.token));
      reset({ expiry, label: '' });
    } catch (error) {
      if (!placeServerErrors(error)) setError('root', { type: 'server', message: t('share.failed') });
    }
  });
  const copy = (url: string) => {
    navigator.clipboard.writeText(url).then(() => setCopied('copied'), () => setCopied('failed'));
  };
  const onRevoke = (id: string) => {
    setRevokeFailed(false);
    revoke({ variables: { id } }).catch(() => setRevokeFailed(true));
  };

  return (
    <Panel
      title={t('share.title')}
      hint={t('share.hint')}
      actions={<button type="button" className="button button--ghost button--small" onClick={onClose}>{t('share.close')}</button>}
      notice={revokeFailed ? <FormMessage>{t('share.revokeFailed')}</FormMessage> : undefined}
      data={links.data?.shareLinks}
      loading={links.loading}
      error={links.error}
      onRetry={() => void links.refetch().catch(() => undefined)}
      data-testid="share-panel"
    >
      {(list) => (
        <>
          <form className={styles.form} onSubmit={submit} noValidate data-testid="share-form">
            <Field label={t('share.expiry')}>
              <select {...register('expiry')} data-testid="share-expiry">
                {SHARE_EXPIRIES.map((days) => <option key={days} value={days}>{t(`share.expiry.${days}`)}</option>)}
              </select>
            </Field>
            <Field label={t('share.label')} error={labelError || undefined}>
              <input type="text" {...register('label')} autoComplete="off" placeholder={t('share.labelPlaceholder')} data-testid="share-label" />
            </Field>
            <button type="submit" className="button button--primary" disabled={creating.loading} data-testid="share-create">{t('share.create')}</button>
          </form>
          {errors.root?.message && <FormMessage>{errors.root.message}</FormMessage>}

          {created && (
            <div className={styles.created} data-testid="share-created">
              <p role="status">{t('share.created')}</p>
              <div className={styles.copyRow}>
                <input type="text" readOnly value={created} aria-label={t('share.linkLabel')} onFocus={(e) => e.currentTarget.select()} data-testid="share-url" />
                <button type="button" className="button button--small" onClick={() => copy(created)} data-testid="share-copy">{t('share.copy')}</button>
              </div>
              {copied && <p role="status" className={styles.muted}>{t(copied === 'copied' ? 'share.copied' : 'share.copyFailed')}</p>}
            </div>
          )}

          <h3 className={styles.listTitle}>{t('share.list')}</h3>
          {list.length === 0 ? (
            <p className={styles.muted} data-testid="share-empty">{t('share.empty')}</p>
          ) : (
            <ul className={styles.list}>
              {list.map((link) => (
                <li key={link.id} className={styles.item} data-testid="share-link" data-status={link.status}>
                  <span className={styles.itemLabel}>{link.label || t('share.untitled')}</span>
                  <span className={styles.status} data-status={link.status}>{t(`share.status.${link.status}`)}</span>
                  <span className={styles.muted}>
                    {link.revokedAt
                      ? t('share.revokedAt', { date: fmt.dateTime(link.revokedAt, 'datetime') })
                      : t('share.expires', { date: fmt.dateTime(link.expiresAt, 'datetime') })}
                    {' · '}
                    {t('share.by', { name: link.createdByName })}
                  </span>
                  {link.status === 'ACTIVE' && (
                    <ConfirmButton
                      name={link.label || t('share.untitled')}
                      label={t('share.revoke')}
                      question={t('share.revokeQuestion')}
                      confirmLabel={t('share.revokeYes')}
                      onConfirm={() => onRevoke(link.id)}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Panel>
  );
}
