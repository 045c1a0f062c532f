import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { DEPARTMENTS, type Department } from '@opshub/metrics';
import { useI18n } from '../i18n';
import fieldStyles from './Field.module.css';
import styles from './SharedWithField.module.css';

/**
 * The departments a metric or dashboard is shared with besides its owner, as checkboxes registered on a form's
 * `sharedWith` array (the owner is not offered). `disabled`: shown, not changed (a head it is shared with).
 */
export function SharedWithField({ owner, registration, hint, error, disabled = false }: {
  owner: Department;
  registration: UseFormRegisterReturn;
  hint?: string;
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className={styles.checks} aria-invalid={error ? true : undefined} aria-describedby={hint ? `${id}-hint` : undefined} disabled={disabled} data-testid="shared-with">
      <legend className={fieldStyles.label}>{t('shr.field')}</legend>
      {DEPARTMENTS.filter((department) => department !== owner).map((department) => (
        <label key={department} className={styles.check}>
          <input type="checkbox" value={department} {...registration} data-testid={`shared-with-${department}`} />
          {t(`department.${department}`)}
        </label>
      ))}
      {hint && (
        <p id={`${id}-hint`} className={fieldStyles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p className={fieldStyles.error} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
