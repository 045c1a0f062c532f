import { useMemo } from 'react';
import type { WidgetDataFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { GoalPacing } from '../../goals/components/GoalPacing';
import { FunnelPanel } from '../../revops/components/FunnelPanel';
import { SlaBreachPanel } from '../../revops/components/SlaBreachList';
import { useSlaBreachPushes } from '../../revops/hooks/useSlaBreachPushes';
import { useWorkflowBreachPushes } from '../../workflows/hooks/useWorkflowBreachPushes';
import type { Widget } from '../lib/widgets';
import styles from './Widgets.module.css';

interface Props {
  widget: Widget;
  /** What the saved dashboard read for this widget; undefined for a widget added in the editor and not saved yet. */
  data: WidgetDataFieldsFragment | undefined;
  shared: boolean;
  /** Whether its period runs to now, so a breach detected now belongs in its list. */
  live: boolean;
}

const noRetry = () => {};

/**
 * The funnel, SLA breach and goal widgets, drawn with the RevOps and goal pages' own components from what the
 * dashboard query read for them. Null data means the reader may not see it (or the goal is gone).
 */
export function DataWidget({ widget, data, shared, live }: Props) {
  const { t } = useI18n();
  if (!data) return <p className="muted" data-testid="widget-unsaved">{t('widgets.unsaved')}</p>;
  // The pages' panels, without their own box: the widget is the box.
  if (widget.type === 'FUNNEL') {
    return data.funnel ? <div className={styles.embedded}><FunnelPanel funnel={data.funnel} loading={false} error={undefined} onRetry={noRetry} /></div> : <Hidden />;
  }
  if (widget.type === 'SLA_BREACHES') {
    const none = !data.slaBreaches && !data.workflowSlaBreaches;
    return none ? <Hidden /> : <SlaBreaches widget={widget} data={data} shared={shared} live={live} />;
  }
  const goal = data.goal;
  if (!goal) return <Hidden />;
  return (
    <div className={styles.goal} data-testid="goal-widget" data-goal-id={goal.id}>
      <p className={styles.goalName}>{goal.name} <span className="muted">· {goal.metric.name}</span></p>
      <GoalPacing progress={goal.progress} unit={goal.metric.unit} />
    </div>
  );
}

/**
 * The breaches the dashboard read (the leads', those of its workflows, or both), with those detected since on top.
 * Each list follows only what the reader was given; a share link reads the list once.
 */
function SlaBreaches({ widget, data, shared, live }: { widget: Widget; data: WidgetDataFieldsFragment; shared: boolean; live: boolean }) {
  const workflows = widget.workflows ?? [];
  const pushedLeads = useSlaBreachPushes(shared || !live || !data.slaBreaches);
  const pushedRecords = useWorkflowBreachPushes(workflows, shared || !live || !data.workflowSlaBreaches);
  const leads = useMemo(() => data.slaBreaches && withPushed(data.slaBreaches, pushedLeads), [data.slaBreaches, pushedLeads]);
  const records = useMemo(() => data.workflowSlaBreaches && withPushed(data.workflowSlaBreaches, pushedRecords), [data.workflowSlaBreaches, pushedRecords]);
  return (
    <div className={styles.embedded}>
      <SlaBreachPanel breaches={leads} workflowBreaches={records} loading={false} error={undefined} onRetry={noRetry} shared={shared} />
    </div>
  );
}

/** The pushed items the list does not hold yet, on top of it, as many as it read (or SHOWN_BREACHES). */
function withPushed<T extends { id: string }>(read: readonly T[], pushed: readonly T[]): T[] {
  const fresh = pushed.filter((item) => !read.some((r) => r.id === item.id));
  return [...fresh, ...read].slice(0, Math.max(read.length, SHOWN_BREACHES));
}

/** As many as the dashboard reads (`slaBreaches(first: 10)`). */
const SHOWN_BREACHES = 10;

function Hidden() {
  const { t } = useI18n();
  return <p className="muted" data-testid="widget-hidden">{t('widgets.hidden')}</p>;
}
