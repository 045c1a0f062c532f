import type { FileImportFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { rejectedCsvUrl } from '../lib/importApi';
import styles from './Imports.module.css';

/** Who imported which file when, what it wrote and rejected, and its state. */
export function ImportHistory({ runs }: { runs: readonly FileImportFieldsFragment[] }) {
  const { t } = useI18n();
  const fmt = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="import-history">
        <thead>
          <tr>
            {/* The file and its outcome first: what a phone shows before scrolling. */}
            <th scope="col">{t('imports.history.file')}</th>
            <th scope="col">{t('imports.history.state')}</th>
            <th scope="col" className="num">{t('imports.history.written')}</th>
            <th scope="col" className="num">{t('imports.history.rejected')}</th>
            <th scope="col">{t('imports.history.when')}</th>
            <th scope="col">{t('imports.history.who')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-testid="import-history-row">
              <td className={styles.fileCell}>{run.fileName}</td>
              <td><span className={styles.state} data-state={run.state}>{t(`imports.state.${run.state}`)}</span></td>
              <td className="num">{run.rowsWritten}</td>
              <td className="num">
                {run.rowsRejected > 0 ? <a href={rejectedCsvUrl(run.id)} download>{run.rowsRejected}</a> : 0}
              </td>
              <td>{fmt.dateTime(run.createdAt as string)}</td>
              <td>{run.createdByName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
