import type { SqlQueryPreviewQuery } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import styles from './Sources.module.css';

type Preview = SqlQueryPreviewQuery['sqlQueryPreview'];

/** "Test query": the rows as the database returned them, then the points they become. Every cell is text. */
export function QueryPreview({ preview }: { preview: Preview }) {
  const { t } = useI18n();
  const fmt = useFormat();
  if (preview.rows.length === 0) return <p className="muted" data-testid="preview-empty">{t('sources.preview.empty')}</p>;
  return (
    <div className={styles.preview} data-testid="query-preview">
      <h4>{t('sources.preview.rows', { count: preview.rows.length })}</h4>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('sources.preview.rowsLabel')}>
        <table className="data-table" data-testid="preview-rows">
          <thead>
            <tr>{preview.columns.map((c) => <th key={c.name} scope="col">{c.name} <span className="muted">{c.type}</span></th>)}</tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>{row.cells.map((cell, c) => <td key={c}>{cell ?? <span className="muted">NULL</span>}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{t('sources.preview.points')}</h4>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('sources.preview.points')}>
        <table className="data-table" data-testid="preview-points">
          <thead>
            <tr>
              <th scope="col">{t('sources.preview.at')}</th>
              <th scope="col" className="num">{t('sources.preview.value')}</th>
              <th scope="col">{t('sources.preview.dimensions')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.points.map((p, i) => (
              <tr key={i}>
                <td><time dateTime={p.at}>{fmt.dateTime(p.at, 'datetime')}</time></td>
                <td className="num">{p.value}</td>
                <td>{p.dimensions.map((d) => `${d.name}: ${d.value}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
