import { lazy, Suspense, useId, useMemo } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AlertRuleFieldsFragment } from '../../../gql/graphql';
import { ChartFrame } from '../../../shared/charts/ChartFrame';
import { Field, FormMessage, serverFieldErrors } from '../../../shared/forms';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { ChartPlaceholder, ErrorState } from '../../../shared/ui/States';
import { useBacktest, useRuleFormOptions, useRuleMetrics, useSaveRule } from '../hooks/useRules';
import { RULE_GRANULARITIES, RULE_KINDS, ruleFormSchema, SERVER_FIELDS, toFormValues, toRuleInput, type RuleFormValues } from '../lib/ruleForm';
import styles from './RuleForm.module.css';

const BacktestChart = lazy(() => import('./BacktestChart'));
const CHART_HEIGHT = 240;

interface Props {
  /** The rule edited; null for a new one. */
  rule: AlertRuleFieldsFragment | null;
  /** The metric of a new rule; empty lets the user pick it (Alerts page). */
  metricKey: string;
  onDone: () => void;
}

/**
 * Creates or edits an alert rule. "Backtest" replays the rule as typed over the last 90 days and marks on the
 * metric's chart where it would have fired and cleared, so a noisy rule is tuned before it pages anyone.
 */
export function RuleForm({ rule, metricKey, onDone }: Props) {
  const { t } = useI18n();
  const id = useId();
  const form = useForm<RuleFormValues>({ resolver: zodResolver(ruleFormSchema), defaultValues: toFormValues(rule, metricKey) });
  const { register, handleSubmit, setError, formState: { errors } } = form;
  const values = useWatch({ control: form.control }) as RuleFormValues;
  const options = useRuleFormOptions(values.metricKey?.trim() ?? '');
  const metrics = useRuleMetrics(metricKey !== '' || rule !== null);
  const { save, saving } = useSaveRule();
  const [runBacktest, backtestState] = useBacktest();
  const backtest = backtestState.data?.alertRuleBacktest;

  const message = (key: Path<RuleFormValues>) => {
    const error = errors[key as keyof RuleFormValues];
    if (!error?.message) return undefined;
    // Client messages are i18n keys; the server's are sentences of their own.
    return error.type === 'server' ? error.message : t(error.message as MessageKey);
  };
  // The server names its fields params.x; the form's are named for what the user types (a percent, not a fraction).
  const serverError = (error: unknown): boolean => {
    const found = serverFieldErrors(error);
    const placed = found.filter(({ field, message }) => {
      const target = SERVER_FIELDS[field];
      if (target) setError(target, { type: 'server', message });
      return target !== undefined;
    });
    return found.length > 0 && placed.length === found.length;
  };

  const onBacktest = handleSubmit(async (v) => {
    const result = await runBacktest({ variables: { input: toRuleInput(v) } });
    if (result.error) serverError(result.error);
  });
  const onSave = handleSubmit(async (v) => {
    try {
      await save(rule?.id ?? null, toRuleInput(v));
      onDone();
    } catch (error) {
      if (!serverError(error)) setError('root', { type: 'server', message: t('rules.saveFailed') });
    }
  });

  const kind = values.kind;
  const threshold = kind === 'THRESHOLD' && values.threshold !== '' ? Number(values.threshold) : null;
  const metric = options.data?.metric;
  const channels = useMemo(
    () => (options.data?.channels ?? []).filter((c) => c.department === null || c.department === metric?.department),
    [options.data?.channels, metric?.department],
  );

  return (
    <form className={styles.form} onSubmit={onSave} noValidate data-testid="rule-form" aria-label={rule ? t('rules.edit') : t('rules.new')}>
      <div className={styles.grid}>
        {rule === null && metricKey === '' && (
          <Field label={t('rules.metric')} error={message('metricKey')}>
            <select {...register('metricKey')} data-testid="rule-metric">
              <option value="">{t('rules.pickMetric')}</option>
              {metrics.data?.metrics.map((m) => (
                <option key={m.key} value={m.key}>{m.name}</option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('rules.name')} error={message('name')}>
          <input type="text" {...register('name')} data-testid="rule-name" autoComplete="off" />
        </Field>
        <Field label={t('rules.kind')} error={message('kind')}>
          <select {...register('kind')} data-testid="rule-kind">
            {RULE_KINDS.map((k) => <option key={k} value={k}>{t(`alerts.kind.${k}`)}</option>)}
          </select>
        </Field>
        {kind === 'THRESHOLD' && (
          <Field label={t('rules.threshold')} error={message('threshold')}>
            <input type="text" {...register('threshold')} inputMode="decimal" data-testid="rule-threshold" />
          </Field>
        )}
        {kind === 'CHANGE' && (
          <Field label={t('rules.changePercent')} error={message('changePercent')}>
            <input type="text" {...register('changePercent')} inputMode="decimal" data-testid="rule-change" />
          </Field>
        )}
        {kind === 'TARGET_BAND' && (
          <Field label={t('rules.bandPercent')} hint={t('rules.bandHint')} error={message('bandPercent')}>
            <input type="text" {...register('bandPercent')} inputMode="decimal" data-testid="rule-band" />
          </Field>
        )}
        {kind === 'FRESHNESS' && <p className="muted" data-testid="rule-freshness-hint">{t('sources.freshnessRule.hint')}</p>}
        {kind === 'SYNC_FAILURE' && <p className="muted">{t('sources.syncFailureRule.hint')}</p>}
        {(kind === 'THRESHOLD' || kind === 'CHANGE') && (
          <Field label={t('rules.side')} error={message('side')}>
            <select {...register('side')} data-testid="rule-side">
              <option value="ABOVE">{t('rules.side.ABOVE')}</option>
              <option value="BELOW">{t('rules.side.BELOW')}</option>
              {kind === 'CHANGE' && <option value="EITHER">{t('rules.side.EITHER')}</option>}
            </select>
          </Field>
        )}
        <Field label={t('rules.granularity')} error={message('granularity')}>
          <select {...register('granularity')} data-testid="rule-granularity">
            {RULE_GRANULARITIES.map((g) => <option key={g} value={g}>{t(`granularity.${g}`)}</option>)}
          </select>
        </Field>
        <Field label={t('rules.owner')} hint={t('rules.ownerHint')} error={message('ownerUserId')}>
          <select {...register('ownerUserId')} data-testid="rule-owner">
            <option value="">{t('rules.metricOwner')}</option>
            {options.data?.alertRuleOwnerCandidates.map((u) => (
              <option key={u.id} value={u.id}>{u.name} ({u.email})</option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className={styles.channels} aria-describedby={`${id}-channels-hint`}>
        <legend>{t('rules.channels')}</legend>
        <p id={`${id}-channels-hint`} className="muted">{channels.length ? t('rules.channelsHint') : t('rules.noChannels')}</p>
        {channels.map((c) => (
          <label key={c.id} className="toggle">
            <input type="checkbox" value={c.id} {...register('channelIds')} data-testid="rule-channel" />
            <span>{c.name} · {t(`rules.channelKind.${c.kind}`)}</span>
          </label>
        ))}
        {message('channelIds') && <p role="alert" className={styles.error}>{message('channelIds')}</p>}
      </fieldset>

      <section className={styles.backtest} aria-live="polite" data-testid="rule-backtest">
        <div className={styles.backtestHeader}>
          <h3>{t('rules.backtest.title')}</h3>
          <button type="button" className="button" onClick={() => void onBacktest()} disabled={backtestState.loading || kind === 'FRESHNESS' || kind === 'SYNC_FAILURE'} data-testid="rule-backtest-run">
            {backtestState.loading ? t('rules.backtest.running') : t('rules.backtest.run')}
          </button>
        </div>
        <p className="muted">{kind === 'FRESHNESS' || kind === 'SYNC_FAILURE' ? t('sources.freshnessRule.noBacktest') : t('rules.backtest.hint')}</p>
        {backtestState.error && !backtest && <ErrorState error={backtestState.error} compact />}
        {backtest && metric && (
          <>
            <p data-testid="rule-backtest-count" data-fired={backtest.fired}>
              <strong>{t('rules.backtest.count', { count: backtest.fired })}</strong>
              {backtest.firingAtEnd && ` ${t('rules.backtest.firingNow')}`}
            </p>
            <ChartFrame label={t('rules.backtest.chartLabel', { name: metric.name, count: backtest.fired })} height={CHART_HEIGHT} testId="rule-backtest-chart">
              <Suspense fallback={<ChartPlaceholder height={CHART_HEIGHT} />}>
                <BacktestChart backtest={backtest} threshold={threshold} unit={metric.unit} height={CHART_HEIGHT} />
              </Suspense>
            </ChartFrame>
            {backtest.events.length > 0 && (
              <ol className={styles.events} data-testid="rule-backtest-events">
                {backtest.events.map((e) => (
                  <li key={`${e.transition}-${e.at}`} data-testid="rule-backtest-event" data-transition={e.transition}>
                    <span className={e.transition === 'FIRED' ? styles.fired : styles.cleared}>{t(`rules.backtest.${e.transition}`)}</span>{' '}
                    <BacktestWhen at={e.at} granularity={backtest.granularity} />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </section>

      {errors.root?.message && <FormMessage>{errors.root.message}</FormMessage>}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={saving} data-testid="rule-save">
          {saving ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}

function BacktestWhen({ at, granularity }: { at: string; granularity: string }) {
  const fmt = useFormat();
  return <time dateTime={at}>{fmt.dateTime(at, granularity === 'HOUR' ? 'datetime' : 'date')}</time>;
}
