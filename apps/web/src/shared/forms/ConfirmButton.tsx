import { useState } from 'react';
import { useI18n } from '../i18n';
import styles from './Field.module.css';

/**
 * A destructive action that asks first, in place: the button turns into the question with "Yes" and "Cancel",
 * so nothing is deleted by one stray click.
 */
export function ConfirmButton({ name, label, question, confirmLabel, onConfirm, disabled }: {
  name: string;
  label?: string;
  /** For an action other than deleting (revoke, disable): the question, and the answer that does it. */
  question?: string;
  confirmLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--danger button--small" disabled={disabled} onClick={() => setAsking(true)}>
        {label ?? t('form.delete')}
      </button>
    );
  }
  return (
    <span className={styles.confirm} role="group">
      <span>{question ?? t('form.confirmDelete', { name })}</span>
      <button
        type="button"
        className="button button--danger button--small"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel ?? t('form.confirmDeleteYes')}
      </button>
      <button type="button" className="button button--ghost button--small" autoFocus onClick={() => setAsking(false)}>
        {t('form.cancel')}
      </button>
    </span>
  );
}
