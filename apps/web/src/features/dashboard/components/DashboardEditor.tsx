import { useCallback, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { canShareWithDepartments, DEPARTMENTS, MAX_DASHBOARD_DESCRIPTION, MAX_DASHBOARD_TITLE, type Comparison, type WidgetType } from '@opshub/metrics';
import type { Layout } from 'react-grid-layout';
import type { DashboardQuery, RangeInput } from '../../../gql/graphql';
import { Field, FormMessage, SharedWithField, useServerErrors } from '../../../shared/forms';
import { z } from '../../../shared/forms/zod';
import { useI18n } from '../../../shared/i18n';
import { useGrant } from '../../auth/hooks/useGrant';
import { EditorKpisQuery, UpdateDashboardMutation } from '../graphql/builder';
import { saveConflict, widgetProblem, type SaveConflict } from '../lib/saveErrors';
import { addWidget, applyLayout, applyStackedLayout, moveInReadingOrder, removeWidget, setWidgetPeriod, toWidgetInputs, type NewWidgetFields, type Widget } from '../lib/widgets';
import { DashboardReviewSettings } from '../../reviews/components/DashboardReviewSettings';
import { WidgetGrid } from './WidgetGrid';
import { WidgetPicker } from './WidgetPicker';
import styles from './DashboardEditor.module.css';

type EditedDashboard = DashboardQuery['dashboard'];

const schema = z.object({
  title: z.string().trim().min(1).max(MAX_DASHBOARD_TITLE),
  description: z.string().max(MAX_DASHBOARD_DESCRIPTION),
  sharedWith: z.array(z.enum(DEPARTMENTS)),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['title', 'description', 'sharedWith'] as const;

interface Props {
  dashboard: EditedDashboard;
  range: RangeInput;
  compare: Comparison;
  viewKey: string;
  now: Date;
  /** Leaves edit mode; `saved` after a save (the page reloads the dashboard). */
  onDone: (saved: boolean) => void;
}

/**
 * Edit mode: title, description and (a department's dashboard) the departments it is shared with, widgets dragged by their handle, resized from their corner, removed or added
 * from the picker. Saves as a new version from the one it started with; a save made elsewhere meanwhile is a
 * conflict the editor is told about, and nothing is overwritten.
 */
export function DashboardEditor({ dashboard, range, compare, viewKey, now, onDone }: Props) {
  const { t, language: locale } = useI18n();
  const grant = useGrant();
  // Whom it is shared with is changed by who edits the owning department; a head it is shared with sees it, unchangeable.
  const sharing = dashboard.department !== null && grant !== null && canShareWithDepartments(grant, { department: dashboard.department, ownerUserId: null });
  // The version this edit started from: what the server compares against.
  const [baseVersion] = useState(dashboard.version);
  const [widgets, setWidgets] = useState<Widget[]>(() => dashboard.widgets.map(({ __typename: _, kpis: _k, funnel: _f, slaBreaches: _s, goal: _g, ...widget }) => widget));
  const [picking, setPicking] = useState(false);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [update, { loading: saving }] = useMutation(UpdateDashboardMutation);
  const { register, handleSubmit, setError, formState: { errors } } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { title: dashboard.title, description: dashboard.description, sharedWith: dashboard.sharedWith },
  });
  const placeServerErrors = useServerErrors(setError, FIELDS);
  // Metrics added since the dashboard was loaded have no snapshot on the page yet: fetched here, for the preview.
  const missing = useMemo(() => {
    const shown = new Set(dashboard.kpis.map((kpi) => kpi.metric.key));
    return [...new Set(widgets.flatMap((widget) => widget.metricKeys))].filter((key) => !shown.has(key)).sort();
  }, [widgets, dashboard.kpis]);
  const added = useQuery(EditorKpisQuery, missing.length ? { variables: { keys: missing, range, compare, locale } } : skipToken);
  const kpis = useMemo(() => [...dashboard.kpis, ...(added.data ?? added.previousData)?.kpis ?? []], [dashboard.kpis, added.data, added.previousData]);

  const onLayout = useCallback((layout: Layout) => setWidgets((current) => applyLayout(current, layout)), []);
  const onStackedLayout = useCallback((layout: Layout) => setWidgets((current) => applyStackedLayout(current, layout)), []);
  const onMove = useCallback((id: string, step: -1 | 1) => setWidgets((current) => moveInReadingOrder(current, id, step)), []);
  const onRemove = useCallback((id: string) => setWidgets((current) => removeWidget(current, id)), []);
  const onPeriod = useCallback((id: string, period: Pick<Widget, 'range' | 'compare'>) => setWidgets((current) => setWidgetPeriod(current, id, period)), []);
  const data = useMemo(() => new Map(dashboard.widgets.map((widget) => [widget.id, widget])), [dashboard.widgets]);
  const onAdd = (type: WidgetType, fields: NewWidgetFields) => {
    setWidgets((current) => addWidget(current, type, fields));
    setPicking(false);
  };

  const save = handleSubmit(async (values) => {
    setConflict(null);
    setProblem(null);
    try {
      const input = { title: values.title, description: values.description, widgets: toWidgetInputs(widgets), ...(sharing ? { sharedWith: values.sharedWith } : {}) };
      await update({ variables: { slug: dashboard.slug, baseVersion, input } });
      onDone(true);
    } catch (error) {
      const stale = saveConflict(error);
      if (stale) return setConflict(stale);
      if (placeServerErrors(error)) return;
      const where = widgetProblem(error);
      setProblem(where ? t('builder.editor.widgetProblem', { n: (where.index ?? 0) + 1, field: where.field, message: where.message }) : t('builder.editor.saveFailed'));
    }
  });

  return (
    <div className={styles.editor} data-testid="dashboard-editor">
      <form className={styles.bar} onSubmit={save} noValidate>
        <div className={styles.fields}>
          <Field label={t('builder.editor.title')} error={errors.title && t('builder.editor.titleRequired', { max: MAX_DASHBOARD_TITLE })}>
            <input type="text" {...register('title')} data-testid="editor-title" />
          </Field>
          <Field label={t('builder.editor.description')} error={errors.description && t('builder.editor.descriptionTooLong', { max: MAX_DASHBOARD_DESCRIPTION })}>
            <input type="text" {...register('description')} />
          </Field>
          {dashboard.department && (
            <SharedWithField
              owner={dashboard.department}
              registration={register('sharedWith')}
              disabled={!sharing}
              hint={sharing ? t('shr.hint') : t('shr.ownerOnly', { department: t(`department.${dashboard.department}`) })}
              error={errors.sharedWith?.message}
            />
          )}
        </div>
        <div className={styles.actions}>
          <button type="button" className="button" onClick={() => setPicking(true)} disabled={picking} data-testid="editor-add">
            {t('builder.editor.add')}
          </button>
          <button type="submit" className="button button--primary" disabled={saving} data-testid="editor-save">
            {saving ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => onDone(false)} data-testid="editor-cancel">
            {t('form.cancel')}
          </button>
        </div>
        {conflict && (
          <div className={styles.conflict} role="alert" data-testid="editor-conflict">
            <p>{t('builder.editor.conflict', { who: conflict.updatedBy ?? t('builder.editor.someoneElse'), version: conflict.currentVersion, base: baseVersion })}</p>
            <button type="button" className="button button--small" onClick={() => onDone(true)}>{t('builder.editor.reload')}</button>
          </div>
        )}
        {problem && <FormMessage>{problem}</FormMessage>}
      </form>
      <DashboardReviewSettings slug={dashboard.slug} />
      {picking && <WidgetPicker onAdd={onAdd} onClose={() => setPicking(false)} />}
      {widgets.length === 0 && <p className={styles.empty}>{t('builder.editor.empty')}</p>}
      <WidgetGrid widgets={widgets} kpis={kpis} range={range} compare={compare} viewKey={viewKey} now={now} data={data} editing={{ onLayout, onStackedLayout, onMove, onRemove, onPeriod }} />
    </div>
  );
}
