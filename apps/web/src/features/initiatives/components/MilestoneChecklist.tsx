import type { ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ChecklistItemFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { TickChecklistItemMutation } from '../graphql/plan';
import styles from './MilestoneChecklist.module.css';

interface Props {
  items: readonly ChecklistItemFieldsFragment[];
  editingId: string | null;
  onEdit: (item: ChecklistItemFieldsFragment) => void;
  renderEditor: (item: ChecklistItemFieldsFragment) => ReactNode;
}

const PERCENT = { kind: 'PERCENT' } as const;

/** The 30/60/90-day milestones: each with its owner, due day, target and progress; overdue ones flagged in words and icon. */
export function MilestoneChecklist({ items, editingId, onEdit, renderEditor }: Props) {
  const { t, language: locale } = useI18n();
  const format = useFormat();
  const [tick, ticking] = useMutation(TickChecklistItemMutation);
  return (
    <ul className={styles.list} data-testid="checklist">
      {items.map((item) => {
        if (item.id === editingId) return <li key={item.id}>{renderEditor(item)}</li>;
        const byHand = item.metricKey === null;
        const unit = item.metric?.unit;
        const reading = !byHand && unit
          ? t('plan.checklist.reading', { value: item.metricValue === null ? '—' : format.value(item.metricValue, unit), target: item.target === null ? '—' : format.value(item.target, unit) })
          : null;
        return (
          <li key={item.id} className={`${styles.item} ${item.overdue ? styles.overdue : ''}`} data-testid="checklist-item" data-overdue={item.overdue}>
            <div className={styles.check}>
              {byHand && item.editable ? (
                <input
                  type="checkbox"
                  checked={item.complete}
                  disabled={ticking.loading}
                  aria-label={t('plan.checklist.tick', { title: item.title })}
                  onChange={(event) => void tick({ variables: { id: item.id, done: event.target.checked, locale } }).catch(() => {})}
                />
              ) : (
                <Icon name={item.complete ? 'check' : 'minus'} size={16} />
              )}
            </div>
            <div className={styles.body}>
              <div className={styles.header}>
                <span className={styles.title}>{item.title}</span>
                {item.editable && (
                  <button type="button" className="button button--ghost button--small" onClick={() => onEdit(item)} aria-label={t('plan.editNamed', { name: item.title })}>
                    {t('plan.edit')}
                  </button>
                )}
              </div>
              <p className={styles.meta}>
                {item.owner?.name ?? t('plan.noOwner')} · {t('plan.checklist.due', { date: format.dateTime(`${item.dueDate}T12:00:00Z`, 'date') })}
                {reading && <> · {reading}</>}
                {byHand && <> · {item.complete ? t('plan.checklist.done') : t('plan.checklist.open')}</>}
              </p>
              <div className={styles.progressRow}>
                <progress className={styles.bar} max={1} value={item.progress} aria-label={t('plan.checklist.progress', { title: item.title })} />
                <span className={styles.percent}>{format.value(item.progress, PERCENT)}</span>
                {item.overdue && (
                  <span className={styles.badge} data-testid="checklist-overdue">
                    <Icon name="alert" size={14} />
                    {t('plan.checklist.overdue')}
                  </span>
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
