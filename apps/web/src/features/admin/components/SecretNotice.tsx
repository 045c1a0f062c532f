import { useState } from 'react';
import { useI18n } from '../../../shared/i18n';
import styles from './Admin.module.css';

/** Something shown once (a new API key, a set-password link), with a copy button and a way to put it away. */
export function SecretNotice({ title, hint, value, onDismiss, testId }: { title: string; hint: string; value: string; onDismiss: () => void; testId: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className={styles.notice} role="status" data-testid={testId}>
      <p>
        <strong>{title}</strong>
      </p>
      <p>{hint}</p>
      <div className={styles.secret}>
        <input readOnly value={value} aria-label={title} onFocus={(event) => event.currentTarget.select()} data-testid={`${testId}-value`} />
        <button type="button" className="button" onClick={copy}>
          {t('admin.copy')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDismiss}>
          {t('admin.done')}
        </button>
      </div>
      {copied !== null && <p className={styles.muted}>{copied ? t('admin.copied') : t('admin.copyFailed')}</p>}
    </div>
  );
}
