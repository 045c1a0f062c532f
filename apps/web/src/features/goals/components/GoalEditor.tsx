import { useMemo, useState } from 'react';
import { FormProvider, useForm, useWatch, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { DEPARTMENTS, GOAL_SHAPES, trajectoryPoints } from '@opshub/metrics';
import type { GoalMetricsQuery } from '../../../gql/graphql';
import { ConfirmButton, Field, fieldErrorText, FormMessage, useServerErrors } from '../../../shared/forms';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { useI18n } from '../../../shared/i18n';
import { DeleteGoalMutation, GoalPlanQuery, SetGoalMutation } from '../graphql/goals';
import { goalFormSchema, goalFormValues, previewTrajectory, toGoalInput, type GoalFormValues } from '../lib/goalForm';
import { subtreeIds, type PlanGoal } from '../lib/goalTree';
import { GoalTrajectory } from './GoalTrajectory';
import { MilestoneEditor } from './MilestoneEditor';
import styles from './GoalEditor.module.css';

export type GoalMetric = GoalMetricsQuery['metrics'][number];

const BASE_FIELDS: Path<GoalFormValues>[] = ['name', 'metricKey', 'parentId', 'department', 'owner', 'shape', 'startValue', 'startAt', 'endValue', 'endAt'];
const NO_UNIT = { kind: 'COUNT', currency: null, scaleMin: null, scaleMax: null } as const;

interface Props {
  /** null for a new goal. */
  goal: PlanGoal | null;
  /** The whole plan, for the parent choice. */
  goals: readonly PlanGoal[];
  /** The metrics the user may set goals on. */
  metrics: readonly GoalMetric[];
  onDone: () => void;
}

/** Creates or changes a goal: its metric, place in the plan, period, values and milestones, with the trajectory drawn as you type. */
export function GoalEditor({ goal, goals, metrics, onDone }: Props) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [today] = useState(() => new Date());
  const form = useForm<GoalFormValues>({ resolver: zodResolver(goalFormSchema), defaultValues: goalFormValues(goal, timeZone, today) });
  const { register, handleSubmit, setError, control, formState: { errors, isSubmitting } } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [save] = useMutation(SetGoalMutation, { refetchQueries: [GoalPlanQuery], awaitRefetchQueries: true });
  const [remove, removal] = useMutation(DeleteGoalMutation, { refetchQueries: [GoalPlanQuery], awaitRefetchQueries: true });

  const values = useWatch({ control }) as Partial<GoalFormValues>;
  const milestoneCount = values.milestones?.length ?? 0;
  // Server errors name milestones by index: each row's fields are targets before the list as a whole.
  const serverFields = useMemo<Path<GoalFormValues>[]>(
    () => [...BASE_FIELDS, ...Array.from({ length: milestoneCount }, (_, i) => [`milestones.${i}.at`, `milestones.${i}.value`] as Path<GoalFormValues>[]).flat(), 'milestones'],
    [milestoneCount],
  );
  const placeServerErrors = useServerErrors(setError, serverFields);
  const fail = (error: unknown) => {
    if (!placeServerErrors(error)) setFormError(error instanceof Error ? error.message : t('goals.saveFailed'));
  };

  const onSubmit = handleSubmit(async (submitted) => {
    setFormError(null);
    try {
      await save({ variables: { input: toGoalInput(submitted, goal?.id ?? null, timeZone) } });
      onDone();
    } catch (error) {
      fail(error);
    }
  });

  const path = useMemo(() => {
    const trajectory = previewTrajectory(values, timeZone);
    return trajectory ? trajectoryPoints(trajectory) : [];
  }, [values, timeZone]);
  const metric = metrics.find((m) => m.key === values.metricKey) ?? (goal && goal.metric.key === values.metricKey ? goal.metric : null);
  const actual = goal && goal.metric.key === values.metricKey ? goal.progress.actuals : [];
  const excluded = goal ? subtreeIds(goals, goal.id) : new Set<string>();
  const err = (name: keyof GoalFormValues) => fieldErrorText(t, errors[name] as { type?: string; message?: string } | undefined);

  return (
    <FormProvider {...form}>
      <form className={styles.editor} onSubmit={onSubmit} noValidate aria-label={goal ? t('goals.editTitle', { name: goal.name }) : t('goals.newTitle')} data-testid="goal-editor">
        <h2 className={styles.title}>{goal ? t('goals.editTitle', { name: goal.name }) : t('goals.newTitle')}</h2>
        <div className={styles.grid}>
          <Field label={t('goals.name')} error={err('name')}>
            <input type="text" {...register('name')} />
          </Field>
          <Field label={t('goals.metric')} error={err('metricKey')}>
            <select {...register('metricKey')}>
              <option value="">{t('goals.chooseMetric')}</option>
              {goal && !metrics.some((m) => m.key === goal.metric.key) && <option value={goal.metric.key}>{goal.metric.name}</option>}
              {metrics.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.name} ({t(`department.${m.department}`)})
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('goals.parent')} error={err('parentId')}>
            <select {...register('parentId')}>
              <option value="">{t('goals.noParent')}</option>
              {goals.filter((g) => !excluded.has(g.id)).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('goals.department')} error={err('department')}>
            <select {...register('department')}>
              <option value="">{t('goals.companyLevel')}</option>
              {DEPARTMENTS.map((d) => (
                <option key={d} value={d}>
                  {t(`department.${d}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('goals.owner')} error={err('owner')}>
            <input type="text" {...register('owner')} />
          </Field>
          <Field label={t('goals.shape')} hint={t(`goals.shapeHint.${values.shape ?? 'LINEAR'}`)} error={err('shape')}>
            <select {...register('shape')}>
              {GOAL_SHAPES.map((shape) => (
                <option key={shape} value={shape}>
                  {t(`goals.shape.${shape}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('goals.startAt')} error={err('startAt')}>
            <input type="date" {...register('startAt')} />
          </Field>
          <Field label={t('goals.startValue')} error={err('startValue')}>
            <input type="number" step="any" {...register('startValue', { valueAsNumber: true })} />
          </Field>
          <Field label={t('goals.endAt')} error={err('endAt')}>
            <input type="date" {...register('endAt')} />
          </Field>
          <Field label={t('goals.endValue')} error={err('endValue')}>
            <input type="number" step="any" {...register('endValue', { valueAsNumber: true })} />
          </Field>
        </div>
        {values.shape !== 'LINEAR' && <MilestoneEditor />}
        <section className={styles.preview} aria-label={t('goals.preview')}>
          <h3>{t('goals.preview')}</h3>
          {path.length > 0 ? <GoalTrajectory path={path} actual={actual} unit={metric?.unit ?? NO_UNIT} height={180} testId="goal-preview" /> : <p className="muted">{t('goals.previewEmpty')}</p>}
        </section>
        {formError && <FormMessage>{formError}</FormMessage>}
        <div className={styles.actions}>
          <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="goal-save">
            {isSubmitting ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" className="button button--ghost" onClick={onDone}>
            {t('form.cancel')}
          </button>
          {goal && (
            <ConfirmButton
              name={goal.name}
              disabled={removal.loading}
              onConfirm={() => {
                setFormError(null);
                remove({ variables: { id: goal.id } }).then(onDone, fail);
              }}
            />
          )}
        </div>
      </form>
    </FormProvider>
  );
}
