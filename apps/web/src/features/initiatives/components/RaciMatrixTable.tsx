import type { RaciMatricesQuery } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { raciStepLabel } from '../lib/raciForm';
import styles from './RaciMatrixTable.module.css';

type Matrix = RaciMatricesQuery['raciMatrices'][number];
type Step = Matrix['steps'][number];

interface Props {
  matrix: Matrix;
  onEdit: (step: Step) => void;
  editingId: string | null;
  renderEditor: (step: Step) => React.ReactNode;
}

const names = (users: ReadonlyArray<{ name: string }>) => users.map((user) => user.name).join(', ') || '—';

/** One process's RACI matrix: a row per step, who is Responsible, Accountable, Consulted and Informed (names as text). */
export function RaciMatrixTable({ matrix, onEdit, editingId, renderEditor }: Props) {
  const { t } = useI18n();
  const processName = t(`plan.raci.process.${matrix.process}`);
  return (
    <section className={styles.matrix} aria-label={processName} data-testid={`raci-${matrix.process}`}>
      <header className={styles.header}>
        <h3 className={styles.name}>{processName}</h3>
        <p className={styles.owner}>{t('plan.raci.accountableOwner', { name: matrix.accountableOwner?.name ?? t('plan.noOwner') })}</p>
      </header>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('plan.raci.step')}</th>
              <th scope="col">{t('plan.raci.role.responsible')}</th>
              <th scope="col">{t('plan.raci.role.accountable')}</th>
              <th scope="col">{t('plan.raci.role.consulted')}</th>
              <th scope="col">{t('plan.raci.role.informed')}</th>
              {matrix.editable && (
                <th scope="col">
                  <span className="sr-only">{t('plan.edit')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {matrix.steps.map((step) =>
              step.id === editingId ? (
                <tr key={step.id}>
                  <td colSpan={6}>{renderEditor(step)}</td>
                </tr>
              ) : (
                <tr key={step.id}>
                  <th scope="row">{raciStepLabel(t, step.step)}</th>
                  <td data-label={t('plan.raci.role.responsible')}>{step.responsible?.name ?? '—'}</td>
                  <td data-label={t('plan.raci.role.accountable')}>{step.accountable?.name ?? '—'}</td>
                  <td data-label={t('plan.raci.role.consulted')}>{names(step.consulted)}</td>
                  <td data-label={t('plan.raci.role.informed')}>{names(step.informed)}</td>
                  {matrix.editable && (
                    <td className={styles.edit}>
                      <button type="button" className="button button--ghost button--small" onClick={() => onEdit(step)}
                        aria-label={t('plan.editNamed', { name: `${processName} · ${raciStepLabel(t, step.step)}` })}>
                        {t('plan.edit')}
                      </button>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
