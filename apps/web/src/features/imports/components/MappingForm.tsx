import { useMemo } from 'react';
import { get, useFieldArray, useForm, useWatch, type FieldError, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SavedImportMappingFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton, Field, FormMessage, useServerErrors } from '../../../shared/forms';
import { z } from '../../../shared/forms/zod';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { ImportRequestError } from '../lib/importApi';
import { DELIMITERS, fromSavedMapping, LEAD_FIELDS, mappingSchema, REQUIRED_LEAD_FIELDS, TIMESTAMP_FORMATS, type MappingFormValues } from '../lib/importForm';
import styles from './Imports.module.css';

/** The server's names for mapping fields (MappingError.field), and the form's. */
const SERVER_FIELDS: Record<string, Path<MappingFormValues>> = {
  'mapping.metric': 'metricKey', 'mapping.metric.key': 'metricKey', 'mapping.metric.column': 'metricColumn', 'mapping.timestamp': 'timestampColumn',
  'mapping.timestamp.column': 'timestampColumn', 'mapping.timestamp.format': 'timestampFormat', 'mapping.timestamp.timeZone': 'timeZone',
  'mapping.value': 'valueColumn', 'mapping.value.column': 'valueColumn', 'mapping.dimensions': 'dimensionColumns', 'mapping.delimiter': 'delimiter',
  'mapping.createdAt': 'timestampFormat', 'mapping.createdAt.format': 'timestampFormat', 'mapping.createdAt.timeZone': 'timeZone',
};

/** The field a refusal names: a mapping field, or the first field reading the column it names. */
export function fieldOfRefusal(values: MappingFormValues, column: string | null): Path<MappingFormValues> | null {
  if (!column) return null;
  if (SERVER_FIELDS[column]) return SERVER_FIELDS[column];
  if (values.kind === 'LEADS') {
    const field = LEAD_FIELDS.find((f) => column === `mapping.columns.${f}` || values.leadColumns[f] === column);
    return field ? `leadColumns.${field}` : null;
  }
  if (values.metricMode === 'COLUMN' && values.metricColumn === column) return 'metricColumn';
  if (values.timestampColumn === column) return 'timestampColumn';
  if (values.valueColumn === column) return 'valueColumn';
  if (values.dimensionColumns.includes(column)) return 'dimensionColumns';
  return null;
}

const nameSchema = z.object({ name: z.string().trim().min(1, 'imports.saved.nameRequired' satisfies MessageKey).max(100, 'imports.saved.nameTooLong' satisfies MessageKey) });

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...zones])];
}

interface Props {
  /** The file's header: the columns offered. */
  header: readonly string[];
  /** An .xlsx workbook: no separator, and its date cells are dates already. */
  xlsx: boolean;
  /** Metrics an import may write (base metrics fed by observations). */
  metrics: ReadonlyArray<{ key: string; name: string }>;
  saved: readonly SavedImportMappingFieldsFragment[];
  initial: MappingFormValues;
  onDelimiter: (delimiter: MappingFormValues['delimiter']) => void;
  /** Previews or starts; an ImportRequestError it throws is shown beside the field it names. */
  onPreview: (values: MappingFormValues) => Promise<void>;
  onStart: (values: MappingFormValues) => Promise<void>;
  onSaveMapping: (name: string, values: MappingFormValues) => Promise<void>;
  onDeleteMapping: (id: string) => Promise<void>;
}

/** How the file's columns become observations or leads: chosen explicitly, previewed, then imported. */
export function MappingForm({ header, xlsx, metrics, saved, initial, onDelimiter, onPreview, onStart, onSaveMapping, onDeleteMapping }: Props) {
  const { t } = useI18n();
  const { register, handleSubmit, setError, reset, control, getValues, formState: { errors, isSubmitting } } = useForm<MappingFormValues>({
    resolver: zodResolver(mappingSchema),
    defaultValues: initial,
  });
  const naming = useForm<{ name: string }>({ resolver: zodResolver(nameSchema), defaultValues: { name: '' } });
  const placeServerErrors = useServerErrors(naming.setError, ['name']);
  const kind = useWatch({ control, name: 'kind' });
  const metricMode = useWatch({ control, name: 'metricMode' });
  const leadCreatedAt = useWatch({ control, name: 'leadColumns.createdAt' });
  const signals = useFieldArray({ control, name: 'leadSignals' });
  const zones = useMemo(() => timeZones(initial.timeZone), [initial.timeZone]);
  const message = (key: Path<MappingFormValues>) => {
    const error = get(errors, key) as FieldError | undefined;
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(error.message as MessageKey);
  };
  const run = (action: (values: MappingFormValues) => Promise<void>) => handleSubmit(async (values) => {
    try {
      await action(values);
    } catch (error) {
      if (!(error instanceof ImportRequestError)) {
        setError('root', { type: 'server', message: t('imports.failed') });
        return;
      }
      const field = fieldOfRefusal(values, error.column);
      setError(field ?? 'root', { type: 'server', message: error.reason(t) }, { shouldFocus: true });
    }
  });
  const saveMapping = naming.handleSubmit(async ({ name }) => {
    await handleSubmit(async (values) => {
      try {
        await onSaveMapping(name, values);
        naming.reset({ name: '' });
      } catch (error) {
        if (!placeServerErrors(error)) naming.setError('name', { type: 'server', message: t('imports.saved.saveFailed') });
      }
    })();
  });
  const columnOptions = (
    <>
      <option value="">{t('imports.form.chooseColumn')}</option>
      {header.map((name) => <option key={name} value={name}>{name}</option>)}
    </>
  );
  const nameError = naming.formState.errors.name;
  // A workbook's date cells are dates already: the layout reads the dates typed as text.
  const formatField = (
    <Field label={t('imports.form.timestampFormat')} hint={t(xlsx ? 'imports.form.timestampFormatHintXlsx' : 'imports.form.timestampFormatHint')} error={message('timestampFormat')}>
      <select {...register('timestampFormat')} data-testid="mapping-format">
        <option value="">{t('imports.form.chooseFormat')}</option>
        {TIMESTAMP_FORMATS.map((format) => <option key={format} value={format}>{format === 'ISO' ? t('imports.form.iso') : format}</option>)}
      </select>
    </Field>
  );
  const zoneField = (
    <Field label={t('imports.form.timeZone')} hint={t('imports.form.timeZoneHint')} error={message('timeZone')}>
      <select {...register('timeZone')} data-testid="mapping-zone">
        {zones.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
      </select>
    </Field>
  );
  // A workbook has cells, not separators.
  const delimiterField = xlsx ? null : (
    <Field label={t('imports.form.delimiter')} error={message('delimiter')}>
      <select {...register('delimiter', { onChange: () => onDelimiter(getValues('delimiter')) })} data-testid="mapping-delimiter">
        {DELIMITERS.map((d) => <option key={d} value={d}>{d === '\t' ? t('imports.form.tab') : d}</option>)}
      </select>
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} noValidate data-testid="mapping-form">
      {saved.length > 0 && (
        <div className={styles.savedRow}>
          <Field label={t('imports.saved.use')}>
            <select
              defaultValue=""
              onChange={(event) => {
                const chosen = saved.find((m) => m.id === event.target.value);
                if (!chosen) return;
                const values = fromSavedMapping(chosen, initial.timeZone);
                reset(values);
                onDelimiter(values.delimiter);
              }}
              data-testid="mapping-saved"
            >
              <option value="">{t('imports.saved.choose')}</option>
              {saved.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          </Field>
          <ul className={styles.savedList}>
            {saved.map((m) => (
              <li key={m.id}>
                <span>{m.name}</span>
                <ConfirmButton name={m.name} onConfirm={() => void onDeleteMapping(m.id).catch(() => setError('root', { type: 'server', message: t('imports.saved.deleteFailed') }))} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className={styles.fieldset}>
        <legend>{t('imports.form.kind')}</legend>
        <div className={styles.choices}>
          <label className="toggle">
            <input type="radio" value="OBSERVATIONS" {...register('kind')} data-testid="mapping-kind-observations" />
            <span>{t('imports.form.kindObservations')}</span>
          </label>
          <label className="toggle">
            <input type="radio" value="LEADS" {...register('kind')} data-testid="mapping-kind-leads" />
            <span>{t('imports.form.kindLeads')}</span>
          </label>
        </div>
      </fieldset>
      {kind === 'OBSERVATIONS' ? (
        <>
          <fieldset className={styles.fieldset}>
            <legend>{t('imports.form.metric')}</legend>
            <div className={styles.choices}>
              <label className="toggle">
                <input type="radio" value="FIXED" {...register('metricMode')} data-testid="mapping-metric-fixed" />
                <span>{t('imports.form.metricFixed')}</span>
              </label>
              <label className="toggle">
                <input type="radio" value="COLUMN" {...register('metricMode')} data-testid="mapping-metric-by-column" />
                <span>{t('imports.form.metricColumn')}</span>
              </label>
            </div>
            {metricMode === 'FIXED' ? (
              <Field label={t('imports.form.metricKey')} error={message('metricKey')}>
                <select {...register('metricKey')} data-testid="mapping-metric">
                  <option value="">{t('imports.form.chooseMetric')}</option>
                  {metrics.map((m) => <option key={m.key} value={m.key}>{m.name} ({m.key})</option>)}
                </select>
              </Field>
            ) : (
              <Field label={t('imports.form.metricKeyColumn')} hint={t('imports.form.metricKeyColumnHint')} error={message('metricColumn')}>
                <select {...register('metricColumn')} data-testid="mapping-metric-column">{columnOptions}</select>
              </Field>
            )}
          </fieldset>
          <div className={styles.grid}>
            <Field label={t('imports.form.timestampColumn')} error={message('timestampColumn')}>
              <select {...register('timestampColumn')} data-testid="mapping-timestamp">{columnOptions}</select>
            </Field>
            {formatField}
            {zoneField}
            <Field label={t('imports.form.valueColumn')} error={message('valueColumn')}>
              <select {...register('valueColumn')} data-testid="mapping-value">{columnOptions}</select>
            </Field>
            {delimiterField}
          </div>
          <fieldset className={styles.fieldset} aria-describedby="mapping-dimensions-hint">
            <legend>{t('imports.form.dimensions')}</legend>
            <p id="mapping-dimensions-hint" className="muted">{t('imports.form.dimensionsHint')}</p>
            <div className={styles.choices}>
              {header.map((name) => (
                <label key={name} className="toggle">
                  <input type="checkbox" value={name} {...register('dimensionColumns')} data-testid="mapping-dimension" />
                  <span>{name}</span>
                </label>
              ))}
            </div>
            {message('dimensionColumns') && <FormMessage>{message('dimensionColumns')!}</FormMessage>}
          </fieldset>
        </>
      ) : (
        <fieldset className={styles.fieldset} aria-describedby="mapping-leads-hint">
          <legend>{t('imports.form.leadFields')}</legend>
          <p id="mapping-leads-hint" className="muted">{t('imports.form.leadFieldsHint')}</p>
          <div className={styles.grid}>
            {LEAD_FIELDS.map((field) => (
              <Field
                key={field}
                label={t(REQUIRED_LEAD_FIELDS.has(field) ? 'imports.form.leadRequired' : 'imports.form.leadOptional', { field: t(`imports.lead.${field}`) })}
                error={message(`leadColumns.${field}`)}
              >
                <select {...register(`leadColumns.${field}`)} data-testid={`mapping-lead-${field}`}>{columnOptions}</select>
              </Field>
            ))}
            {leadCreatedAt && formatField}
            {leadCreatedAt && zoneField}
            {delimiterField}
          </div>
          <fieldset className={styles.fieldset} aria-describedby="mapping-signals-hint">
            <legend>{t('d2.signals')}</legend>
            <p id="mapping-signals-hint" className="muted">{t('d2.signalsHint')}</p>
            {signals.fields.map((signal, index) => (
              <div key={signal.id} className={styles.grid} data-testid="mapping-signal">
                <Field label={t('d2.signalNameLabel', { n: index + 1 })} error={message(`leadSignals.${index}.name`)}>
                  <input type="text" autoComplete="off" placeholder="pricing_page_views" {...register(`leadSignals.${index}.name`)} data-testid="mapping-signal-name" />
                </Field>
                <Field label={t('d2.signalColumn', { n: index + 1 })} error={message(`leadSignals.${index}.column`)}>
                  <select {...register(`leadSignals.${index}.column`)} data-testid="mapping-signal-column">{columnOptions}</select>
                </Field>
                <button type="button" className="button button--ghost button--small" onClick={() => signals.remove(index)} data-testid="mapping-signal-remove">
                  {t('d2.signalRemove', { n: index + 1 })}
                </button>
              </div>
            ))}
            <button type="button" className="button button--small" onClick={() => signals.append({ name: '', column: '' })} data-testid="mapping-signal-add">
              {t('d2.signalAdd')}
            </button>
          </fieldset>
        </fieldset>
      )}
      {errors.root?.message && <FormMessage>{errors.root.message}</FormMessage>}
      <div className={styles.actions}>
        <button type="button" className="button" disabled={isSubmitting} onClick={() => void run(onPreview)()} data-testid="import-preview-run">
          {t('imports.preview.run')}
        </button>
        <button type="button" className="button button--primary" disabled={isSubmitting} onClick={() => void run(onStart)()} data-testid="import-start">
          {t('imports.start')}
        </button>
      </div>
      <div className={styles.saveRow}>
        <Field label={t('imports.saved.name')} error={nameError?.message ? (nameError.type === 'server' ? nameError.message : t(nameError.message as MessageKey)) : undefined}>
          <input type="text" autoComplete="off" {...naming.register('name')} data-testid="mapping-save-name" />
        </Field>
        <button type="button" className="button button--small" disabled={naming.formState.isSubmitting} onClick={() => void saveMapping()} data-testid="mapping-save">
          {t('imports.saved.save')}
        </button>
      </div>
    </form>
  );
}
