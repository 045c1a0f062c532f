import { useMemo, useState } from 'react';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { EmptyState, Skeleton } from '../../../shared/ui/States';
import { GoalEditor } from '../components/GoalEditor';
import { GoalTree } from '../components/GoalTree';
import { useGoalMetrics, useGoalPlan } from '../hooks/useGoalPlan';
import { goalTree, type PlanGoal } from '../lib/goalTree';

/** The company plan: every goal the user may read as a tree, with trajectory and pacing; create and edit where the user may. */
export default function GoalsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('goals.title'));
  const { data, previousData, loading, error, refetch } = useGoalPlan();
  const metrics = useGoalMetrics();
  const [editing, setEditing] = useState<PlanGoal | 'new' | null>(null);
  const goals = useMemo(() => (data ?? previousData)?.goalPlan ?? [], [data, previousData]);
  const tree = useMemo(() => goalTree(goals), [goals]);
  const done = () => setEditing(null);
  const editor = (goal: PlanGoal | null) => <GoalEditor key={goal?.id ?? 'new'} goal={goal} goals={goals} metrics={metrics} onDone={done} />;

  return (
    <div className="page" data-testid="goals-page">
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{t('goals.title')}</h1>
          <p className="page-header__description">{t('goals.description')}</p>
        </div>
        {metrics.length > 0 && editing !== 'new' && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')} data-testid="goal-new">
            {t('goals.new')}
          </button>
        )}
      </header>
      {editing === 'new' && editor(null)}
      <Panel
        title={t('goals.plan')}
        data={data ?? previousData}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => {})}
        skeleton={<Skeleton variant="panel" />}
        isEmpty={goals.length === 0}
        emptyState={<EmptyState title={t('goals.empty')} hint={t('goals.emptyHint')} />}
      >
        <GoalTree nodes={tree} onEdit={setEditing} editingId={editing !== null && editing !== 'new' ? editing.id : null} renderEditor={editor} />
      </Panel>
    </div>
  );
}
