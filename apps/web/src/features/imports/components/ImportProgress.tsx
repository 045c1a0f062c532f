import type { FileImportFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton, FormMessage } from '../../../shared/forms';
import { useNow } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { rejectedCsvUrl } from '../lib/importApi';
import { importReason } from '../lib/importReason';
import styles from './Imports.module.css';

export const FINISHED_STATES: ReadonlySet<string> = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

/** Seconds left at the rate so far, or null until there is a rate. */
export function secondsLeft(run: Pick<FileImportFieldsFragment, 'rowsTotal' | 'rowsDone' | 'startedAt'>, now: number): number | null {
  if (!run.startedAt || !run.rowsTotal || run.rowsDone === 0) return null;
  const elapsed = (now - new Date(run.startedAt as string).getTime()) / 1000;
  if (elapsed <= 0) return null;
  return Math.max(0, Math.round(((run.rowsTotal - run.rowsDone) * elapsed) / run.rowsDone));
}

/** A running import, live: rows done of total, rejected so far, time left; cancel asks first. */
export function ImportProgress({ run, onCancel }: { run: FileImportFieldsFragment; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const count = (value: number) => value.toLocaleString(locale);
  const now = useNow(1000);
  const finished = FINISHED_STATES.has(run.state);
  const left = finished ? null : secondsLeft(run, now.getTime());
  const percent = run.rowsTotal ? Math.round((run.rowsDone / run.rowsTotal) * 100) : 0;
  return (
    <div className={styles.progress} data-testid="import-progress" data-state={run.state}>
      <div className={styles.progressHead}>
        <strong>{run.fileName}</strong>
        <span className={styles.state} data-state={run.state}>{t(`imports.state.${run.state}`)}</span>
      </div>
      <progress max={run.rowsTotal ?? 1} value={run.rowsTotal ? run.rowsDone : undefined} aria-label={t('imports.progress.label')} className={styles.bar} />
      <p role="status" data-testid="import-counts">
        {run.rowsTotal === null
          ? t('imports.progress.counting')
          : t('imports.progress.rows', { done: count(run.rowsDone), total: count(run.rowsTotal), percent })}
        {' · '}
        <span data-testid="import-rejected">{t('imports.progress.rejected', { count: run.rowsRejected })}</span>
        {left !== null && <> · {t('imports.progress.left', { minutes: Math.floor(left / 60), seconds: left % 60 })}</>}
      </p>
      {run.state === 'COMPLETED' && <FormMessage tone="success">{t('imports.progress.done', { written: run.rowsWritten, rejected: run.rowsRejected })}</FormMessage>}
      {run.error && <FormMessage>{importReason(t, { reason: run.error, code: run.errorCode, params: run.errorParams })}</FormMessage>}
      <div className={styles.actions}>
        {!finished && (
          <ConfirmButton name={run.fileName} label={t('imports.cancel')} question={t('imports.cancelQuestion')} confirmLabel={t('imports.cancelYes')} onConfirm={onCancel} />
        )}
        {run.rowsRejected > 0 && (
          <a className="button button--small" href={rejectedCsvUrl(run.id)} download data-testid="import-rejected-csv">{t('imports.rejectedCsv')}</a>
        )}
      </div>
    </div>
  );
}
