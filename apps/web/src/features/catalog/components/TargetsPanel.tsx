import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { UnitKind } from '@opshub/metrics';
import type { MetricTargetsQuery } from '../../../gql/graphql';
import { ConfirmButton, Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { DeleteTargetMutation, MetricTargetsQuery as TargetsQuery, SetTargetMutation } from '../graphql/catalog';
import { usePermissions } from '../hooks/usePermissions';
import { previewValue, targetSchema, toTargetInput, unitScale, zonedDate, type TargetForm } from '../lib/targetForm';
import styles from './TargetsPanel.module.css';

type Target = NonNullable<MetricTargetsQuery['metric']>['targets'][number];
interface Unit {
  kind: UnitKind;
  currency: string | null;
  scaleMin: number | null;
  scaleMax: number | null;
}

const FIELDS = ['kind', 'value', 'tolerance', 'effectiveFrom', 'effectiveTo'] as const;
/** What the page refetches after a change: the targets, and the headline whose status reads them. */
const AFFECTED = ['MetricTargets', 'MetricDetail'];

/**
 * The metric's PLAN and LONG_TERM targets: add, edit, end and delete for whoever may change them; while a target
 * is being typed, `onPreview` gets its value so the chart draws it before it is saved.
 */
export function TargetsPanel({ metricKey, unit, onPreview }: { metricKey: string; unit: Unit; onPreview: (value: number | null) => void }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const timeZone = useTimeZone();
  const { editsTargetsOf } = usePermissions();
  const { data, loading, error, refetch } = useQuery(TargetsQuery, { variables: { key: metricKey } });
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [setTarget] = useMutation(SetTargetMutation, { refetchQueries: AFFECTED, awaitRefetchQueries: true });
  const [deleteTarget, deleting] = useMutation(DeleteTargetMutation, { refetchQueries: AFFECTED, awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);

  const metric = data?.metric;
  const editable = metric ? editsTargetsOf(metric) : false;
  const scale = unitScale(unit.kind);
  const formatTarget = (value: number) => fmt.value(value, unit);
  const close = () => {
    setEditing(null);
    onPreview(null);
  };
  const end = async (target: Target) => {
    setFailure(null);
    const form: TargetForm = {
      kind: target.kind, value: String(target.value * scale), tolerance: String(target.tolerance * 100),
      effectiveFrom: zonedDate(target.effectiveFrom, timeZone), effectiveTo: zonedDate(new Date(), timeZone),
    };
    // Ending today keeps the history; a target that starts today or later is deleted instead.
    if (form.effectiveTo <= form.effectiveFrom) return void remove(target);
    await setTarget({ variables: { input: toTargetInput(form, metricKey, unit.kind, timeZone, target.id) } }).catch(() => setFailure(t('catalog.target.failed')));
  };
  const remove = (target: Target) => {
    setFailure(null);
    deleteTarget({ variables: { id: target.id } }).catch(() => setFailure(t('catalog.target.failed')));
  };

  return (
    <Panel
      title={t('catalog.target.title')}
      hint={t('catalog.target.hint')}
      data={metric}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => {})}
      skeleton={<RowSkeletons count={2} />}
      notice={failure && <FormMessage>{failure}</FormMessage>}
      actions={
        editable && editing === null ? (
          <button type="button" className="button button--small" onClick={() => setEditing('new')} data-testid="target-add">
            {t('catalog.target.add')}
          </button>
        ) : null
      }
      data-testid="targets-panel"
    >
      {(loaded) => (
        <>
          {loaded.targets.length === 0 ? (
            <p className="muted">{t('catalog.target.none')}</p>
          ) : (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption className="sr-only">{t('catalog.target.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('catalog.target.kind')}</th>
                    <th scope="col" className="num">{t('catalog.target.value')}</th>
                    <th scope="col" className="num">{t('catalog.target.tolerance')}</th>
                    <th scope="col">{t('catalog.target.from')}</th>
                    <th scope="col">{t('catalog.target.to')}</th>
                    {editable && <th scope="col"><span className="sr-only">{t('catalog.actions')}</span></th>}
                  </tr>
                </thead>
                <tbody>
                  {loaded.targets.map((target) => (
                    <tr key={target.id} data-testid="target-row" data-kind={target.kind}>
                      <td>{t(`catalog.targetKind.${target.kind}`)}</td>
                      <td className="num">{formatTarget(target.value)}</td>
                      <td className="num">{fmt.value(target.tolerance, { kind: 'PERCENT' })}</td>
                      <td>{fmt.dateTime(target.effectiveFrom, 'date')}</td>
                      <td>{target.effectiveTo ? fmt.dateTime(target.effectiveTo, 'date') : t('catalog.target.open')}</td>
                      {editable && (
                        <td className={styles.rowActions}>
                          <button type="button" className="button button--ghost button--small" onClick={() => setEditing(target)}>
                            {t('catalog.edit')}
                          </button>
                          {!target.effectiveTo && (
                            <button type="button" className="button button--ghost button--small" onClick={() => void end(target)}>
                              {t('catalog.target.end')}
                            </button>
                          )}
                          <ConfirmButton
                            name={`${t(`catalog.targetKind.${target.kind}`)} ${formatTarget(target.value)}`}
                            disabled={deleting.loading}
                            onConfirm={() => remove(target)}
                          />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {editing !== null && (
            <TargetEditor
              key={editing === 'new' ? 'new' : editing.id}
              target={editing === 'new' ? null : editing}
              unit={unit}
              onPreview={onPreview}
              onCancel={close}
              onSave={async (form) => {
                await setTarget({ variables: { input: toTargetInput(form, metricKey, unit.kind, timeZone, editing === 'new' ? null : editing.id) } });
                close();
              }}
            />
          )}
        </>
      )}
    </Panel>
  );
}

function TargetEditor({ target, unit, onPreview, onCancel, onSave }: {
  target: Target | null;
  unit: Unit;
  onPreview: (value: number | null) => void;
  onCancel: () => void;
  onSave: (form: TargetForm) => Promise<void>;
}) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const scale = unitScale(unit.kind);
  const { register, handleSubmit, control, setError, formState } = useForm<TargetForm>({
    resolver: zodResolver(targetSchema(t)),
    defaultValues: {
      kind: target?.kind ?? 'PLAN',
      value: target ? String(Number((target.value * scale).toPrecision(12))) : '',
      tolerance: String(Number(((target?.tolerance ?? 0.1) * 100).toPrecision(12))),
      effectiveFrom: zonedDate(target?.effectiveFrom ?? new Date(), timeZone),
      effectiveTo: target?.effectiveTo ? zonedDate(target.effectiveTo, timeZone) : '',
    },
  });
  const serverErrors = useServerErrors(setError, FIELDS);
  const [failure, setFailure] = useState<string | null>(null);
  const typed = useWatch({ control, name: 'value' });
  useEffect(() => onPreview(previewValue(typed, unit.kind)), [typed, unit.kind, onPreview]);
  // Leaving the form (or the metric) takes the preview off the chart.
  useEffect(() => () => onPreview(null), [onPreview]);
  const { errors, isSubmitting } = formState;

  return (
    <form
      className={styles.editor}
      noValidate
      data-testid="target-form"
      onSubmit={handleSubmit(async (form) => {
        setFailure(null);
        try {
          await onSave(form);
        } catch (error) {
          if (!serverErrors(error)) setFailure(t('catalog.target.failed'));
        }
      })}
    >
      <Field label={t('catalog.target.kind')} error={errors.kind?.message}>
        <select {...register('kind')}>
          <option value="PLAN">{t('catalog.targetKind.PLAN')}</option>
          <option value="LONG_TERM">{t('catalog.targetKind.LONG_TERM')}</option>
        </select>
      </Field>
      <Field label={unit.kind === 'PERCENT' ? t('catalog.target.valuePercent') : t('catalog.target.value')} error={errors.value?.message}>
        <input inputMode="decimal" autoComplete="off" data-testid="target-value" {...register('value')} />
      </Field>
      <Field label={t('catalog.target.tolerancePercent')} hint={t('catalog.target.toleranceHint')} error={errors.tolerance?.message}>
        <input inputMode="decimal" autoComplete="off" {...register('tolerance')} />
      </Field>
      <Field label={t('catalog.target.from')} error={errors.effectiveFrom?.message}>
        <input type="date" {...register('effectiveFrom')} />
      </Field>
      <Field label={t('catalog.target.to')} hint={t('catalog.target.toHint')} error={errors.effectiveTo?.message}>
        <input type="date" {...register('effectiveTo')} />
      </Field>
      <div className={styles.editorActions}>
        {failure && <FormMessage>{failure}</FormMessage>}
        <button type="submit" className="button button--primary button--small" disabled={isSubmitting} data-testid="target-save">
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
