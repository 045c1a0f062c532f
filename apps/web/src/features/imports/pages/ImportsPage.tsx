import { useEffect, useState } from 'react';
import type { FileImportFieldsFragment } from '../../../gql/graphql';
import { FormMessage } from '../../../shared/forms';
import { useTimeZone } from '../../../shared/format/TimeZoneContext';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { RowSkeletons } from '../../../shared/ui/States';
import { FileDrop } from '../components/FileDrop';
import { ImportHistory } from '../components/ImportHistory';
import { FINISHED_STATES, ImportProgress } from '../components/ImportProgress';
import { MappingForm } from '../components/MappingForm';
import { PreviewTable } from '../components/PreviewTable';
import { useImportProgress, useImports } from '../hooks/useImports';
import { cancelImport, fetchHeader, ImportRequestError, previewImport, startImport, type ImportPreview } from '../lib/importApi';
import { emptyMapping, isXlsxFile, readHeader, toRouteMapping, type MappingFormValues } from '../lib/importForm';
import styles from '../components/Imports.module.css';

/** "Import data": a CSV or .xlsx file, its columns mapped (as observations or leads), previewed, imported with live progress; the history below. */
export default function ImportsPage() {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  useDocumentTitle(t('imports.title'));
  const imports = useImports();
  const { data, loading, error, refetch } = imports;
  const retry = () => void refetch().catch(() => {});
  const [file, setFile] = useState<File | null>(null);
  const [delimiter, setDelimiter] = useState<MappingFormValues['delimiter']>(',');
  // null while the columns are read; an .xlsx's come from the server (the browser does not unzip it).
  const [columns, setColumns] = useState<{ header: string[]; xlsx: boolean } | { failed: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [started, setStarted] = useState<FileImportFieldsFragment | null>(null);
  const [cancelFailed, setCancelFailed] = useState(false);
  // Back on the page while an import runs (a reload, another tab): follow it live again.
  const [adopted, setAdopted] = useState(false);
  if (!adopted && data) {
    setAdopted(true);
    const running = data.fileImports.find((r) => r.state === 'QUEUED' || r.state === 'RUNNING');
    if (running && !started) setStarted(running);
  }
  const progress = useImportProgress(started?.id ?? null);
  const run = progress.data?.fileImportProgressed ?? started;
  const finished = run ? FINISHED_STATES.has(run.state) : false;

  useEffect(() => {
    if (!file) return;
    let current = true;
    const read = async () => ((await isXlsxFile(file)) ? { header: await fetchHeader(file), xlsx: true } : { header: await readHeader(file, delimiter), xlsx: false });
    read().then(
      (found) => current && setColumns(found),
      (error: unknown) => current && setColumns({ failed: error instanceof ImportRequestError ? error.reason(t) : t('imports.failed') }),
    );
    return () => {
      current = false;
    };
  }, [file, delimiter, t]);
  // The history shows the import once it ends.
  useEffect(() => {
    if (finished) void refetch().catch(() => {});
  }, [finished, refetch]);

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    setColumns(null);
    setPreview(null);
    setStarted(null);
  };
  const metrics = (data?.metrics ?? []).filter((m) => !m.formula && m.source === 'OBSERVATIONS');

  return (
    <div className="page" data-testid="imports-page">
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{t('imports.title')}</h1>
          <p className="page-header__description">{t('imports.description')}</p>
        </div>
      </header>
      <div className={styles.layout}>
        <Panel
          title={t('imports.file.title')}
          data={data}
          loading={loading}
          error={error}
          onRetry={retry}
          skeleton={<RowSkeletons count={4} />}
        >
          {(loaded) => (
            <>
              <FileDrop file={file} onFile={chooseFile} />
              {file && !columns && <p className="muted" role="status" data-testid="import-reading">{t('imports.file.reading')}</p>}
              {file && columns && 'failed' in columns && <FormMessage>{t('imports.file.unreadable', { reason: columns.failed })}</FormMessage>}
              {file && columns && 'header' in columns && columns.header.length === 0 && <FormMessage>{t('imports.file.noHeader')}</FormMessage>}
              {file && columns && 'header' in columns && columns.header.length > 0 && (
                <MappingForm
                  header={columns.header}
                  xlsx={columns.xlsx}
                  metrics={metrics}
                  saved={loaded.importMappings}
                  initial={emptyMapping(timeZone)}
                  onDelimiter={setDelimiter}
                  onPreview={async (values) => setPreview(await previewImport(file, toRouteMapping(values)))}
                  onStart={async (values) => {
                    setCancelFailed(false);
                    setStarted(await startImport(file, toRouteMapping(values)));
                    setPreview(null);
                    void refetch().catch(() => {});
                  }}
                  onSaveMapping={imports.saveMapping}
                  onDeleteMapping={imports.deleteMapping}
                />
              )}
            </>
          )}
        </Panel>
        <div className={styles.side}>
          {run && (
            <Panel title={t('imports.progress.title')}>
              <ImportProgress
                run={run}
                onCancel={() => void cancelImport(run.id).catch(() => setCancelFailed(true))}
              />
              {cancelFailed && <FormMessage>{t('imports.cancelFailed')}</FormMessage>}
              {progress.error && !finished && <FormMessage>{t('imports.progress.lost')}</FormMessage>}
            </Panel>
          )}
          {preview && (
            <Panel title={t('imports.preview.title')} hint={t('imports.preview.hint')}>
              <PreviewTable preview={preview} />
            </Panel>
          )}
          {!run && !preview && (
            <Panel title={t('imports.preview.title')}>
              <p className="muted" data-testid="preview-empty">{file ? t('imports.preview.notYet') : t('imports.preview.noFile')}</p>
            </Panel>
          )}
        </div>
      </div>
      <Panel
        title={t('imports.history.title')}
        data={data?.fileImports}
        loading={loading}
        error={error}
        onRetry={retry}
        skeleton={<RowSkeletons count={3} />}
        isEmpty={data?.fileImports.length === 0}
        emptyState={<p className="muted" data-testid="import-history-empty">{t('imports.history.empty')}</p>}
      >
        {/* The followed run as last pushed: a refetch started before it ended may answer after its final event. */}
        {(runs) => <ImportHistory runs={run ? runs.map((r) => (r.id === run.id ? run : r)) : runs} />}
      </Panel>
    </div>
  );
}
