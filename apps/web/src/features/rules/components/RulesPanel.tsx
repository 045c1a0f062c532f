import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { AlertRuleFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../shared/forms';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { metricPath } from '../../../shared/url/paths';
import { useSignedInViewer } from '../hooks/useSignedInViewer';
import { useRules } from '../hooks/useRules';
import { RuleForm } from './RuleForm';
import styles from './RulesPanel.module.css';

/** Whether the signed-in user may change rules of a department: ADMINs and executives anywhere, heads in their own. */
function mayEditRules(viewer: ReturnType<typeof useSignedInViewer>, department: string | null): boolean {
  if (!viewer) return false;
  if (viewer.role === 'ADMIN' || viewer.role === 'EXECUTIVE') return true;
  // On the Alerts page the department is not known before a metric is picked: the server decides.
  return viewer.role === 'DEPARTMENT_HEAD' && (department === null || (viewer.departments ?? []).includes(department as never));
}

/**
 * Alert rules with their state, and for those who may: create, edit (with a backtest), pause or resume and
 * delete. On a metric page the rules of that metric; on the Alerts page every rule one may read.
 */
export function RulesPanel(props: { metricKey?: string | null; department?: string | null }) {
  return useSignedInViewer() ? <SignedInRulesPanel {...props} /> : null;
}

function SignedInRulesPanel({ metricKey = null, department = null }: { metricKey?: string | null; department?: string | null }) {
  const { t } = useI18n();
  const mayEdit = mayEditRules(useSignedInViewer(), department);
  const { data, loading, error, refetch, setActive, remove } = useRules(metricKey);
  const [editing, setEditing] = useState<AlertRuleFieldsFragment | 'new' | null>(null);
  const [failed, setFailed] = useState(false);
  const rules = data?.alertRules;
  const act = (action: () => Promise<unknown>) => {
    setFailed(false);
    action().catch(() => setFailed(true));
  };

  return (
    <Panel
      title={t('rules.title')}
      hint={t('rules.hint')}
      actions={mayEdit && editing === null && (
        <button type="button" className="button button--primary button--small" onClick={() => setEditing('new')} data-testid="rule-new">
          {t('rules.new')}
        </button>
      )}
      notice={failed && <p role="alert" className={styles.failed}>{t('rules.actionFailed')}</p>}
      data={rules}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<RowSkeletons count={2} />}
      isEmpty={rules?.length === 0 && editing === null}
      emptyState={<p className="muted" data-testid="rules-empty">{t('rules.empty')}</p>}
      data-testid="rules-panel"
    >
      {(rules) => (
        <>
          {editing === 'new' && <RuleForm rule={null} metricKey={metricKey ?? ''} onDone={() => setEditing(null)} />}
          <ul className={styles.list}>
            {rules.map((rule) =>
              editing !== 'new' && editing?.id === rule.id ? (
                <li key={rule.id}>
                  <RuleForm rule={rule} metricKey={rule.metricKey} onDone={() => setEditing(null)} />
                </li>
              ) : (
                <li key={rule.id} className={styles.rule} data-testid="rule" data-rule-id={rule.id}>
                  <div className={styles.body}>
                    <strong>{rule.name}</strong>
                    <span className={rule.firing ? styles.firing : rule.active ? styles.quiet : styles.paused} data-testid="rule-state">
                      {t(rule.firing ? 'rules.state.firing' : rule.active ? 'rules.state.quiet' : 'rules.state.paused')}
                    </span>
                    <span className="muted">
                      {t(`alerts.kind.${rule.kind}`)} · {t(`granularity.${rule.granularity}`)}
                      {metricKey === null && <> · <Link to={metricPath(rule.metricKey)}>{rule.metricName}</Link></>}
                      {rule.owner && ` · ${t('alerts.owner', { owner: rule.owner })}`}
                      {` · ${t('rules.channelCount', { count: rule.channelIds.length })}`}
                    </span>
                  </div>
                  {mayEdit && (
                    <div className={styles.actions}>
                      <button type="button" className="button button--small" onClick={() => setEditing(rule)} data-testid="rule-edit">{t('rules.edit')}</button>
                      <button type="button" className="button button--small" onClick={() => act(() => setActive(rule.id, !rule.active))} data-testid="rule-toggle">
                        {rule.active ? t('rules.pause') : t('rules.resume')}
                      </button>
                      <ConfirmButton name={rule.name} onConfirm={() => act(() => remove(rule.id))} />
                    </div>
                  )}
                </li>
              ),
            )}
          </ul>
        </>
      )}
    </Panel>
  );
}
