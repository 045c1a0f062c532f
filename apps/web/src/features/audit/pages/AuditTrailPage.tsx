import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFormat } from '../../../shared/format/useFormat';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { Field } from '../../../shared/forms';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { Pager } from '../../../shared/ui/Pager';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { AuditChange } from '../components/AuditChange';
import { useAuditActors, useAuditEvents, useMetricUnits } from '../hooks/useAuditEvents';
import { AUDIT_OBJECT_TYPES, auditFilterSchema, NO_FILTER, toAuditFilter, type AuditFilterForm } from '../lib/auditFilter';
import { objectTypeLabel } from '../lib/describeChange';
import styles from './AuditTrailPage.module.css';

/** Every configuration change, newest first, filtered by object type, actor and days (ADMIN). */
export function AuditTrailPage() {
  const { t } = useI18n();
  const fmt = useFormat();
  const timeZone = useTimeZone();
  useDocumentTitle(t('admin.audit.title'));
  const [applied, setApplied] = useState<AuditFilterForm>(NO_FILTER);
  const { connection, loading, error, refetch, loadMore, loadingMore, moreError } = useAuditEvents(toAuditFilter(applied, timeZone));
  const actors = useAuditActors().data;
  const units = useMetricUnits();
  const { register, handleSubmit, reset, formState } = useForm<AuditFilterForm>({ resolver: zodResolver(auditFilterSchema), defaultValues: NO_FILTER });
  const message = (key?: string) => (key ? t(key as MessageKey) : undefined);

  return (
    <>
      <form className={styles.filters} onSubmit={handleSubmit(setApplied)} aria-label={t('admin.audit.filters')} data-testid="audit-filters">
        <Field label={t('admin.audit.objectType')}>
          <select {...register('objectType')} data-testid="audit-object-type">
            <option value="">{t('admin.audit.any')}</option>
            {AUDIT_OBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {objectTypeLabel(type, t)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('admin.audit.actor')}>
          <select {...register('actorId')} data-testid="audit-actor">
            <option value="">{t('admin.audit.anyone')}</option>
            {actors?.users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.email})
              </option>
            ))}
            {actors?.apiKeys.map((key) => (
              <option key={key.id} value={key.id}>
                {t('admin.audit.apiKey', { name: key.name })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('admin.audit.from')} error={message(formState.errors.from?.message)}>
          <input type="date" {...register('from')} data-testid="audit-from" />
        </Field>
        <Field label={t('admin.audit.to')} error={message(formState.errors.to?.message)}>
          <input type="date" {...register('to')} data-testid="audit-to" />
        </Field>
        <div className={styles.buttons}>
          <button type="submit" className="button button--primary">
            {t('admin.audit.apply')}
          </button>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              reset(NO_FILTER);
              setApplied(NO_FILTER);
            }}
          >
            {t('admin.audit.clear')}
          </button>
        </div>
      </form>

      <Panel
        title={t('admin.audit.title')}
        hint={t('admin.audit.hint')}
        data={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => {})}
        skeleton={<RowSkeletons count={6} />}
        isEmpty={connection?.edges.length === 0}
        emptyState={<p className="muted" data-testid="empty-state">{t('admin.audit.empty')}</p>}
        data-testid="audit-trail"
      >
        {(connection) => (
          <>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin.audit.title')}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.audit.when')}</th>
                    <th scope="col">{t('admin.audit.actor')}</th>
                    <th scope="col">{t('admin.audit.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id} data-testid="audit-event" data-object-type={node.objectType} data-action={node.action}>
                      <td className={styles.when}>
                        <time dateTime={node.at}>{fmt.dateTime(node.at, 'datetime')}</time>
                      </td>
                      <td>{node.actorName}</td>
                      <td>
                        <AuditChange event={node} unit={node.metricKey ? units.get(node.metricKey) : undefined} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              label={t('admin.audit.title')}
              shown={connection.edges.length}
              total={connection.totalCount}
              hasMore={connection.pageInfo.hasNextPage}
              loading={loadingMore}
              error={moreError}
              onLoadMore={() => void loadMore()}
            />
          </>
        )}
      </Panel>
    </>
  );
}
