import { useI18n } from '../../../shared/i18n';
import type { ImportPreview } from '../lib/importApi';
import { importReason } from '../lib/importReason';
import styles from './Imports.module.css';

/** The first rows of the file as the server read them, each with its result; the cell at fault is marked. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const bad = preview.rows.filter((row) => !row.ok).length;
  const describe = (row: ImportPreview['rows'][number]) => {
    const reason = importReason(t, { ...row, reason: row.reason ?? '' });
    return row.column ? t('imports.preview.badColumn', { column: row.column, reason }) : reason;
  };
  return (
    <div className={styles.preview}>
      <p role="status" data-testid="preview-summary">
        {t('imports.preview.summary', { shown: preview.rows.length, bad })}
      </p>
      <div className="table-scroll">
        <table className="data-table" data-testid="import-preview">
          <thead>
            <tr>
              <th scope="col" className="num">{t('imports.preview.row')}</th>
              <th scope="col">{t('imports.preview.result')}</th>
              {preview.header.map((name, index) => <th key={index} scope="col">{name}</th>)}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row} data-ok={row.ok ? 'true' : 'false'} data-testid="preview-row">
                <td className="num">{row.row}</td>
                <td className={row.ok ? styles.ok : styles.bad}>
                  {row.ok ? t('imports.preview.ok') : describe(row)}
                </td>
                {row.cells.map((cell, index) => (
                  <td key={index} className={!row.ok && row.column === preview.header[index] ? styles.badCell : undefined}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rows.length === 0 && <p className="muted">{t('imports.preview.empty')}</p>}
    </div>
  );
}
