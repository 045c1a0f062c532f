import { useState } from 'react';
import type { ChecklistItemFieldsFragment, RaciMatricesQuery } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { EmptyState, Skeleton } from '../../../shared/ui/States';
import { useInitiativeChoices } from '../hooks/useInitiatives';
import { useChecklistGoals, useChecklistItems, usePlanProjection, useRaciMatrices } from '../hooks/usePlan';
import { ChecklistItemEditor, type ChecklistChoices } from './ChecklistItemEditor';
import { MilestoneChecklist } from './MilestoneChecklist';
import { ProjectionTable } from './ProjectionTable';
import { RaciMatrixTable } from './RaciMatrixTable';
import { RaciStepEditor } from './RaciStepEditor';
import { raciStepLabel } from '../lib/raciForm';
import styles from './PlanSections.module.css';

/** Seed 004's three-year projection: year 1/2/3 targets against where each line is and its pace. */
export function ProjectionSection() {
  const { t } = useI18n();
  const { data, previousData, loading, error, refetch } = usePlanProjection();
  const shown = data ?? previousData;
  const lines = shown?.planProjection ?? [];
  return (
    <Panel
      title={t('plan.projection.title')}
      hint={t('plan.projection.hint')}
      data={shown}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<Skeleton variant="panel" />}
      isEmpty={lines.length === 0}
      emptyState={<EmptyState title={t('plan.projection.empty')} hint={t('plan.projection.emptyHint')} />}
    >
      <ProjectionTable lines={lines} />
    </Panel>
  );
}

/** The 30/60/90-day milestone checklist, with its form for executives and ADMIN. */
export function ChecklistSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const { data, previousData, loading, error, refetch } = useChecklistItems();
  const goals = useChecklistGoals(canEdit);
  const choices = useInitiativeChoices(canEdit);
  const [editing, setEditing] = useState<ChecklistItemFieldsFragment | 'new' | null>(null);
  const shown = data ?? previousData;
  const items = shown?.checklistItems ?? [];
  const editorChoices: ChecklistChoices = {
    goals: goals.data?.goalPlan ?? [], owners: choices.data?.initiativeOwnerChoices ?? [], metrics: choices.data?.metrics ?? [],
  };
  const defaultGoalId = items[0]?.goalId ?? editorChoices.goals[0]?.id ?? '';
  const editor = (item: ChecklistItemFieldsFragment | null) => (
    <ChecklistItemEditor key={item?.id ?? 'new'} item={item} choices={editorChoices} defaultGoalId={defaultGoalId} onDone={() => setEditing(null)} />
  );
  return (
    <Panel
      title={t('plan.checklist.title')}
      actions={canEdit && editing !== 'new' ? (
        <button type="button" className="button button--primary button--small" onClick={() => setEditing('new')} data-testid="checklist-new">
          {t('plan.checklist.new')}
        </button>
      ) : undefined}
      data={shown}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<Skeleton variant="panel" />}
      isEmpty={items.length === 0 && editing !== 'new'}
      emptyState={<EmptyState title={t('plan.checklist.empty')} hint={canEdit ? t('plan.checklist.emptyHintEditor') : t('plan.checklist.emptyHint')} />}
    >
      {editing === 'new' && editor(null)}
      <MilestoneChecklist items={items} editingId={editing !== null && editing !== 'new' ? editing.id : null} onEdit={setEditing} renderEditor={editor} />
    </Panel>
  );
}

type Step = RaciMatricesQuery['raciMatrices'][number]['steps'][number];

/** RACI on the workflows and the campaign workflow; executives and ADMIN change a step in place. */
export function RaciSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const { data, previousData, loading, error, refetch } = useRaciMatrices();
  const choices = useInitiativeChoices(canEdit);
  const [editing, setEditing] = useState<string | null>(null);
  const shown = data ?? previousData;
  const matrices = shown?.raciMatrices ?? [];
  return (
    <Panel
      title={t('plan.raci.title')}
      hint={t('plan.raci.hint')}
      data={shown}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<Skeleton variant="panel" />}
      isEmpty={matrices.length === 0}
      emptyState={<EmptyState title={t('plan.raci.empty')} hint={t('plan.raci.emptyHint')} />}
    >
      <div className={styles.matrices}>
        {matrices.map((matrix) => (
          <RaciMatrixTable
            key={matrix.process}
            matrix={matrix}
            editingId={editing}
            onEdit={(step: Step) => setEditing(step.id)}
            renderEditor={(step: Step) => (
              <RaciStepEditor
                step={step}
                label={`${t(`plan.raci.process.${matrix.process}`)} · ${raciStepLabel(t, step.step)}`}
                users={choices.data?.initiativeOwnerChoices ?? []}
                onDone={() => setEditing(null)}
              />
            )}
          />
        ))}
      </div>
    </Panel>
  );
}
