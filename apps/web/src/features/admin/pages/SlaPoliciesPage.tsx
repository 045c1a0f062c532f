import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { SlaPolicyForm } from '../components/SlaPolicyForm';
import { useSlaPolicies, useUpdateSlaPolicy } from '../hooks/useSlaPolicies';
import styles from './SlaPoliciesPage.module.css';

/** The lead-handling agreements: how long each may take, and whether it is in force. */
export function SlaPoliciesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.sla.title'));
  const { data, loading, error, refetch } = useSlaPolicies();
  const update = useUpdateSlaPolicy();
  const policies = data?.slaPolicies;
  return (
    <Panel
      title={t('admin.sla.title')}
      hint={t('admin.sla.hint')}
      data={policies}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<RowSkeletons count={2} />}
      isEmpty={policies?.length === 0}
      data-testid="sla-policies"
    >
      {(policies) => (
        <ul className={styles.list}>
          {policies.map((policy) => (
            <li key={policy.key} className={styles.policy}>
              <h3>{policy.name}</h3>
              {policy.description && <p className="muted">{policy.description}</p>}
              <SlaPolicyForm policy={policy} save={(input) => update({ variables: { key: policy.key, input } })} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
