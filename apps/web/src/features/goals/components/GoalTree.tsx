import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { metricPath } from '../../../shared/url/paths';
import type { GoalNode, PlanGoal } from '../lib/goalTree';
import { GoalPacing } from './GoalPacing';
import { GoalTrajectory } from './GoalTrajectory';
import styles from './GoalTree.module.css';

interface Props {
  nodes: readonly GoalNode[];
  onEdit: (goal: PlanGoal) => void;
  /** The goal being edited: its row shows the editor instead of the Edit button. */
  editingId: string | null;
  renderEditor: (goal: PlanGoal) => ReactNode;
  level?: number;
}

/** The plan as nested lists: company goals, the department goals contributing to each, the owners' goals under those. */
export function GoalTree({ nodes, onEdit, editingId, renderEditor, level = 1 }: Props) {
  return (
    <ul className={level === 1 ? styles.tree : styles.children} data-level={level}>
      {nodes.map((node) => (
        <GoalItem key={node.goal.id} node={node} onEdit={onEdit} editingId={editingId} renderEditor={renderEditor} level={level} />
      ))}
    </ul>
  );
}

function GoalItem({ node, onEdit, editingId, renderEditor, level }: Omit<Props, 'nodes'> & { node: GoalNode; level: number }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const titleId = useId();
  const { goal } = node;
  const scope = [goal.department ? t(`department.${goal.department}`) : t('goals.companyLevel'), goal.owner].filter(Boolean).join(' · ');
  return (
    <li className={styles.item}>
      <article className={styles.goal} aria-labelledby={titleId} data-testid="goal" data-goal-id={goal.id}>
        <div className={styles.summary}>
          <header className={styles.header}>
            <h3 id={titleId} className={styles.name}>
              {goal.name}
            </h3>
            <p className={styles.meta}>
              <Link to={metricPath(goal.metric.key)}>{goal.metric.name}</Link>
              <span>{scope}</span>
              <span>
                {fmt.dateTime(goal.startAt, 'date')} – {fmt.dateTime(goal.endAt, 'date')}
              </span>
              <span>
                {fmt.value(goal.startValue, goal.metric.unit, { compact: true })} → {fmt.value(goal.endValue, goal.metric.unit, { compact: true })}
              </span>
            </p>
          </header>
          <GoalPacing progress={goal.progress} unit={goal.metric.unit} />
          {goal.editable && editingId !== goal.id && (
            <button type="button" className="button button--small" onClick={() => onEdit(goal)} data-testid="goal-edit">
              {t('goals.edit')}
            </button>
          )}
        </div>
        <div className={styles.chart}>
          <GoalTrajectory path={goal.progress.trajectory} actual={goal.progress.actuals} unit={goal.metric.unit} />
        </div>
      </article>
      {editingId === goal.id && renderEditor(goal)}
      {node.children.length > 0 && (
        <GoalTree nodes={node.children} onEdit={onEdit} editingId={editingId} renderEditor={renderEditor} level={level + 1} />
      )}
    </li>
  );
}
