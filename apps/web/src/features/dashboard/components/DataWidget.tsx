import { useMemo } from 'react';
import type { WidgetDataFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { GoalPacing } from '../../goals/components/GoalPacing';
import { FunnelPanel } from '../../revops/components/FunnelPanel';
import { SlaBreachPanel } from '../../revops/components/SlaBreachList';
import { useSlaBreachPushes } from '../../revops/hooks/useSlaBreachPushes';
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
    return data.slaBreaches ? <SlaBreaches breaches={data.slaBreaches} shared={shared} live={live} /> : <Hidden />;
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

/** The breaches the dashboard read, with those detected since on top (a share link reads the list only). */
function SlaBreaches({ breaches, shared, live }: { breaches: NonNullable<WidgetDataFieldsFragment['slaBreaches']>; shared: boolean; live: boolean }) {
  const pushed = useSlaBreachPushes(shared || !live);
  const shown = useMemo(() => {
    const fresh = pushed.filter((breach) => !breaches.some((b) => b.id === breach.id));
    return [...fresh, ...breaches].slice(0, Math.max(breaches.length, SHOWN_BREACHES));
  }, [pushed, breaches]);
  return <div className={styles.embedded}><SlaBreachPanel breaches={shown} loading={false} error={undefined} onRetry={noRetry} shared={shared} /></div>;
}

/** As many as the dashboard reads (`slaBreaches(first: 10)`). */
const SHOWN_BREACHES = 10;

function Hidden() {
  const { t } = useI18n();
  return <p className="muted" data-testid="widget-hidden">{t('widgets.hidden')}</p>;
}
