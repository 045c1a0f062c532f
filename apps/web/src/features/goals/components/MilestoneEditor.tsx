import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Field, fieldErrorText, FormMessage } from '../../../shared/forms';
import { useI18n } from '../../../shared/i18n';
import { shiftIsoDate } from '../../../shared/url/viewState';
import type { GoalFormValues } from '../lib/goalForm';
import styles from './GoalEditor.module.css';

/** Days between two ISO days (calendar arithmetic). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The dated values a STEPPED or MILESTONES goal passes through, in the order listed: add (half-way between the
 * last one and the end), remove, move up and down. The form's schema checks each is inside the goal's period and
 * after the one before; errors show beside the row's field.
 */
export function MilestoneEditor() {
  const { t } = useI18n();
  const { control, register, formState: { errors } } = useFormContext<GoalFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'milestones' });
  const [milestones, startAt, endAt, endValue] = useWatch({ control, name: ['milestones', 'startAt', 'endAt', 'endValue'] });

  const addMilestone = () => {
    const after = milestones[milestones.length - 1]?.at || startAt;
    const span = after && endAt ? daysBetween(after, endAt) : 0;
    append({ at: after && span > 1 ? shiftIsoDate(after, Math.floor(span / 2)) : '', value: Number.isFinite(endValue) ? endValue : 0 });
  };
  const listError = fieldErrorText(t, errors.milestones?.root ?? (errors.milestones as { type?: string; message?: string } | undefined));

  return (
    <fieldset className={styles.milestones} data-testid="milestone-editor">
      <legend>{t('goals.milestones')}</legend>
      {fields.length === 0 && <p className="muted">{t('goals.noMilestones')}</p>}
      <ol className={styles.milestoneList}>
        {fields.map((field, i) => (
          <li key={field.id} className={styles.milestone} data-testid="milestone-row">
            <Field label={t('goals.milestoneDate', { n: i + 1 })} error={fieldErrorText(t, errors.milestones?.[i]?.at)}>
              <input type="date" {...register(`milestones.${i}.at`)} />
            </Field>
            <Field label={t('goals.milestoneValue', { n: i + 1 })} error={fieldErrorText(t, errors.milestones?.[i]?.value)}>
              <input type="number" step="any" {...register(`milestones.${i}.value`, { valueAsNumber: true })} />
            </Field>
            <div className={styles.milestoneActions} role="group" aria-label={t('goals.milestoneActions', { n: i + 1 })}>
              <button type="button" className="button button--ghost button--small" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('goals.moveUp', { n: i + 1 })}>
                ↑
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={i === fields.length - 1}
                onClick={() => move(i, i + 1)}
                aria-label={t('goals.moveDown', { n: i + 1 })}
              >
                ↓
              </button>
              <button type="button" className="button button--ghost button--small" onClick={() => remove(i)} aria-label={t('goals.removeMilestone', { n: i + 1 })}>
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      {listError && <FormMessage>{listError}</FormMessage>}
      <button type="button" className="button button--small" onClick={addMilestone} data-testid="add-milestone">
        {t('goals.addMilestone')}
      </button>
    </fieldset>
  );
}
