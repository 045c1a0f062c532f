import type { ReactNode } from 'react';
import type { InitiativeFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { paybackText, roiText, USD } from './economics';
import styles from './InitiativeList.module.css';

interface Props {
  initiatives: readonly InitiativeFieldsFragment[];
  editingId: string | null;
  onEdit: (initiative: InitiativeFieldsFragment) => void;
  renderEditor: (initiative: InitiativeFieldsFragment) => ReactNode;
}

/** Each initiative with its plan against what it has spent and saved so far. */
export function InitiativeList({ initiatives, editingId, onEdit, renderEditor }: Props) {
  const { t } = useI18n();
  const format = useFormat();
  // Compact ($200K) so four figures fit a card on a phone; the scorecard above gives the exact totals.
  const money = (amount: number) => format.value(amount, USD, { compact: true });
  return (
    <ul className={styles.list} data-testid="initiative-list">
      {initiatives.map((initiative) =>
        initiative.id === editingId ? (
          <li key={initiative.id} className={styles.editing}>
            {renderEditor(initiative)}
          </li>
        ) : (
          <li key={initiative.id} className={styles.card} data-testid={`initiative-${initiative.key}`}>
            <header className={styles.header}>
              <h3 className={styles.name}>{initiative.name}</h3>
              {initiative.editable && (
                <button type="button" className="button button--ghost" onClick={() => onEdit(initiative)} aria-label={t('plan.editNamed', { name: initiative.name })}>
                  {t('plan.edit')}
                </button>
              )}
            </header>
            <p className={styles.meta}>
              {t(`department.${initiative.department}`)} · {t(`plan.category.${initiative.costCategory}`)} · {initiative.owner?.name ?? t('plan.noOwner')} ·{' '}
              {t('plan.since', { date: format.dateTime(`${initiative.startDate}T12:00:00Z`, 'date') })}
            </p>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="sr-only">{t('plan.figure')}</span>
                  </th>
                  <th scope="col">{t('plan.planned')}</th>
                  <th scope="col">{t('plan.actual')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('plan.investment')}</th>
                  <td>{money(initiative.plannedInvestment)}</td>
                  <td>{money(initiative.spentToDate)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('plan.saving')}</th>
                  <td>{t('plan.perYear', { amount: money(initiative.expectedAnnualSaving) })}</td>
                  <td>{t('plan.toDate', { amount: money(initiative.savedToDate) })}</td>
                </tr>
                <tr>
                  <th scope="row">{t('plan.roi')}</th>
                  <td>{roiText(t, format, initiative.planned.roi)}</td>
                  <td>{roiText(t, format, initiative.actual.roi)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('plan.payback')}</th>
                  <td>{paybackText(t, format, initiative.planned.paybackMonths)}</td>
                  <td>{paybackText(t, format, initiative.actual.paybackMonths)}</td>
                </tr>
              </tbody>
            </table>
          </li>
        ),
      )}
    </ul>
  );
}
