import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../../../shared/i18n';
import styles from './Imports.module.css';

/** A drop zone with a file button beside it, for one CSV or .xlsx file. */
export function FileDrop({ file, onFile }: { file: File | null; onFile: (file: File) => void }) {
  const { t } = useI18n();
  const inputId = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <div
      className={styles.drop}
      data-over={over ? 'true' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="import-drop"
    >
      <p className={styles.dropText}>{file ? t('imports.file.chosen', { name: file.name }) : t('imports.file.drop')}</p>
      <label htmlFor={inputId} className="button button--small">
        {file ? t('imports.file.change') : t('imports.file.choose')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={styles.fileInput}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) onFile(chosen);
          event.target.value = '';
        }}
        data-testid="import-file"
      />
    </div>
  );
}
