import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { skipToken, useQuery } from '@apollo/client/react';
import { MAX_WIDGET_TEXT, SLA_WORKFLOWS, WIDGET_METRIC_COUNTS, WIDGET_TYPES, workflowScorecardMetrics, type WidgetType } from '@opshub/metrics';
import { Field, FormMessage } from '../../../shared/forms';
import { z } from '../../../shared/forms/zod';
import { useI18n } from '../../../shared/i18n';
import { WidgetCatalogQuery, WidgetGoalsQuery } from '../graphql/builder';
import type { NewWidgetFields } from '../lib/widgets';
import styles from './DashboardEditor.module.css';

/** KPI groups are what the seeded sections became; new dashboards use cards and scorecards. */
const PICKABLE = WIDGET_TYPES.filter((type) => type !== 'KPI_GROUP');
const SHOWN_RESULTS = 50;

const schema = z.object({
  type: z.enum(WIDGET_TYPES),
  title: z.string().max(200),
  metricKeys: z.array(z.string()),
  dimension: z.string(),
  text: z.string().max(MAX_WIDGET_TEXT),
  goalId: z.string(),
  workflows: z.array(z.enum(SLA_WORKFLOWS)),
}).superRefine((value, ctx) => {
  const [least, most] = WIDGET_METRIC_COUNTS[value.type];
  if (value.type === 'WORKFLOW_SCORECARD' || value.type === 'SLA_BREACHES') {
    if (value.workflows.length === 0) ctx.addIssue({ code: 'custom', path: ['workflows'], message: 'workflows' });
  } else if (value.metricKeys.length < least || value.metricKeys.length > most) {
    ctx.addIssue({ code: 'custom', path: ['metricKeys'], message: least === most ? `count:${least}` : `range:${least}:${most}` });
  }
  if (value.type === 'BREAKDOWN' && !value.dimension) ctx.addIssue({ code: 'custom', path: ['dimension'], message: 'dimension' });
  if (value.type === 'TEXT' && !value.text.trim()) ctx.addIssue({ code: 'custom', path: ['text'], message: 'text' });
  if (value.type === 'GOAL_PROGRESS' && !value.goalId) ctx.addIssue({ code: 'custom', path: ['goalId'], message: 'goal' });
});
type Values = z.infer<typeof schema>;

/** Adds a widget: its type, then metrics found by searching the catalog (name or key), a dimension, a note's text or a goal; the funnel and SLA breaches need nothing more. */
export function WidgetPicker({ onAdd, onClose }: { onAdd: (type: WidgetType, fields: NewWidgetFields) => void; onClose: () => void }) {
  const { t, language: locale } = useI18n();
  const id = useId();
  const [search, setSearch] = useState('');
  const { data, loading, error } = useQuery(WidgetCatalogQuery, { variables: { locale } });
  const { register, handleSubmit, control, setValue, formState: { errors } } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { type: 'SCORECARD', title: '', metricKeys: [], dimension: '', text: '', goalId: '', workflows: [] },
  });
  const type = useWatch({ control, name: 'type' });
  const goals = useQuery(WidgetGoalsQuery, type === 'GOAL_PROGRESS' ? { variables: { locale } } : skipToken);
  const chosen = useWatch({ control, name: 'metricKeys' });
  const workflows = useWatch({ control, name: 'workflows' });
  const listsWorkflows = type === 'SLA_BREACHES' || type === 'WORKFLOW_SCORECARD';
  const metrics = useMemo(() => data?.metrics ?? [], [data]);
  const found = useMemo(() => {
    const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return metrics.filter((m) => words.every((w) => `${m.name} ${m.key}`.toLowerCase().includes(w))).slice(0, SHOWN_RESULTS);
  }, [metrics, search]);
  const dimensions = useMemo(() => [...new Set(metrics.filter((m) => chosen.includes(m.key)).flatMap((m) => m.dimensions))], [metrics, chosen]);
  const [least, most] = WIDGET_METRIC_COUNTS[type];
  const single = most === 1;

  const metricError = errors.metricKeys?.message;
  const metricErrorText = metricError?.startsWith('count:')
    ? t('builder.picker.pickExactly', { count: Number(metricError.split(':')[1]) })
    : metricError ? t('builder.picker.pickRange', { least, most }) : undefined;

  const toggle = (key: string, on: boolean) => {
    const next = single ? (on ? [key] : []) : on ? [...chosen, key] : chosen.filter((k) => k !== key);
    setValue('metricKeys', next, { shouldValidate: !!errors.metricKeys });
  };

  const submit = handleSubmit((values) => {
    onAdd(values.type, {
      title: values.title.trim(),
      metricKeys: WIDGET_METRIC_COUNTS[values.type][1] === 0 ? [] : values.metricKeys,
      dimension: values.type === 'BREAKDOWN' ? values.dimension : null,
      text: values.type === 'TEXT' ? values.text : null,
      goalId: values.type === 'GOAL_PROGRESS' ? values.goalId : null,
      ...workflowFields(values.type, values.workflows),
    });
  });

  return (
    <form className={styles.picker} onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="widget-picker" noValidate>
      <h2 id={`${id}-title`} className={styles.pickerTitle}>{t('builder.picker.title')}</h2>
      <Field label={t('builder.picker.type')}>
        <select {...register('type', {
          onChange: (event: { target: { value: WidgetType } }) => {
            setValue('metricKeys', []);
            // A breach list starts as the leads' (as before workflows had deadlines); a scorecard with every workflow.
            setValue('workflows', event.target.value === 'SLA_BREACHES' ? ['LEAD'] : event.target.value === 'WORKFLOW_SCORECARD' ? [...SLA_WORKFLOWS] : []);
          },
        })} data-testid="picker-type">
          {PICKABLE.map((option) => <option key={option} value={option}>{t(`builder.type.${option}`)}</option>)}
        </select>
      </Field>
      <Field label={t('builder.picker.widgetTitle')} hint={t('builder.picker.widgetTitleHint')} error={errors.title && t('builder.picker.titleTooLong')}>
        <input type="text" {...register('title')} data-testid="picker-title" />
      </Field>
      {type === 'TEXT' ? (
        <Field label={t('builder.picker.text')} hint={t('builder.picker.textHint')} error={errors.text && t('builder.picker.textRequired')}>
          <textarea rows={6} {...register('text')} data-testid="picker-text" />
        </Field>
      ) : type === 'GOAL_PROGRESS' ? (
        <Field label={t('widgets.goal')} error={errors.goalId && t('widgets.goalRequired')}>
          <select {...register('goalId')} data-testid="picker-goal">
            <option value="">{goals.loading ? t('widgets.goalsLoading') : goals.data?.goalPlan.length ? t('widgets.chooseGoal') : t('widgets.noGoals')}</option>
            {goals.data?.goalPlan.map((goal) => <option key={goal.id} value={goal.id}>{`${goal.name} · ${goal.metric.name}`}</option>)}
          </select>
        </Field>
      ) : listsWorkflows ? (
        <fieldset className={styles.metricChoice} aria-invalid={errors.workflows ? true : undefined}>
          <legend>{t('wfdash.picker.workflows')}</legend>
          <ul className={styles.metricList}>
            {SLA_WORKFLOWS.map((workflow) => (
              <li key={workflow}>
                <label>
                  <input type="checkbox" checked={workflows.includes(workflow)} data-testid="picker-workflow" data-workflow={workflow}
                    onChange={(e) => setValue('workflows', SLA_WORKFLOWS.filter((w) => (w === workflow ? e.target.checked : workflows.includes(w))), { shouldValidate: !!errors.workflows })} />
                  <span>{t(`wfdash.workflow.${workflow}`)}</span>
                </label>
              </li>
            ))}
          </ul>
          {errors.workflows && <p className={styles.error} role="alert">{t('wfdash.picker.workflowsRequired')}</p>}
        </fieldset>
      ) : most === 0 ? null : (
        <fieldset className={styles.metricChoice} aria-invalid={metricErrorText ? true : undefined}>
          <legend>{single ? t('builder.picker.metric') : t('builder.picker.metrics', { least, most })}</legend>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('builder.picker.search')}
            aria-label={t('builder.picker.search')} data-testid="picker-search" />
          {loading && !data && <p className="muted">{t('builder.picker.loading')}</p>}
          {error && !data && <FormMessage>{t('builder.picker.loadError')}</FormMessage>}
          {data && found.length === 0 && <p className="muted">{t('builder.picker.noMatch')}</p>}
          <ul className={styles.metricList}>
            {found.map((metric) => (
              <li key={metric.key}>
                <label>
                  <input type={single ? 'radio' : 'checkbox'} name={`${id}-metric`} checked={chosen.includes(metric.key)}
                    onChange={(e) => toggle(metric.key, e.target.checked)} data-testid="picker-metric" data-metric={metric.key} />
                  <span>{metric.name}</span> <code className="muted">{metric.key}</code>
                </label>
              </li>
            ))}
          </ul>
          {!single && <p className="muted">{t('builder.picker.chosen', { count: chosen.length })}</p>}
          {metricErrorText && <p className={styles.error} role="alert">{metricErrorText}</p>}
        </fieldset>
      )}
      {type === 'BREAKDOWN' && (
        <Field label={t('builder.picker.dimension')} error={errors.dimension && t('builder.picker.dimensionRequired')}>
          <select {...register('dimension')} data-testid="picker-dimension">
            <option value="">{dimensions.length ? t('builder.picker.chooseDimension') : t('builder.picker.noDimensions')}</option>
            {dimensions.map((dimension) => <option key={dimension} value={dimension}>{dimension}</option>)}
          </select>
        </Field>
      )}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" data-testid="picker-add">{t('builder.picker.add')}</button>
        <button type="button" className="button button--ghost" onClick={onClose}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}

/** A breach list of the leads alone is stored as before workflows had deadlines (none named); a scorecard shows its workflows' attainment. */
function workflowFields(type: WidgetType, workflows: Values['workflows']): NewWidgetFields {
  if (type === 'WORKFLOW_SCORECARD') return { workflows, metricKeys: workflowScorecardMetrics(workflows) };
  if (type === 'SLA_BREACHES') return { workflows: workflows.length === 1 && workflows[0] === 'LEAD' ? null : workflows };
  return {};
}
