import { useState } from 'react';
import type { AuditEventFieldsFragment } from '../../../gql/graphql';
import type { GqlUnit } from '../../../shared/format/unit';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { describeWhat } from '../lib/describeChange';
import styles from './AuditChange.module.css';

/** One change in a sentence, with the values before and after on demand (as text: whatever a user typed stays text). */
export function AuditChange({ event, unit }: { event: AuditEventFieldsFragment; unit?: GqlUnit }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.change}>
      <span>{describeWhat(event, t, fmt, unit)}</span>
      <button type="button" className="button button--ghost button--small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('admin.audit.hideValues') : t('admin.audit.showValues')}
      </button>
      {open && (
        <div className={styles.values}>
          <div>
            <h3>{t('admin.audit.before')}</h3>
            <pre>{event.before ? JSON.stringify(event.before, null, 2) : '—'}</pre>
          </div>
          <div>
            <h3>{t('admin.audit.after')}</h3>
            <pre>{event.after ? JSON.stringify(event.after, null, 2) : '—'}</pre>
          </div>
        </div>
      )}
    </div>
  );
}
