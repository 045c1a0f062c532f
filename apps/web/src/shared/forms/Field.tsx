import { cloneElement, useId, type ReactElement } from 'react';
import styles from './Field.module.css';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A labelled control with its hint and its error beside it; the control is given the id, `aria-invalid` and
 * `aria-describedby` so a screen reader reads the error with the field.
 */
export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: ReactElement<ControlProps> }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field} data-invalid={error ? 'true' : undefined}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A message about the whole form (an error no field owns), announced when it appears. */
export function FormMessage({ children, tone = 'error' }: { children: string; tone?: 'error' | 'success' }) {
  return (
    <p className={tone === 'error' ? styles.formError : styles.formSuccess} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
