import type { ImportReason } from '@opshub/metrics';
import type { FileImportFieldsFragment } from '../../../gql/graphql';
import type { Translate } from '../../../shared/i18n';
import { importReason } from './importReason';
import type { toRouteMapping } from './importForm';

export interface PreviewRow {
  row: number;
  cells: string[];
  ok: boolean;
  column: string | null;
  /** English, and as a code with params for the page's language (see importReason). */
  reason: string | null;
  code: string | null;
  params: ImportReason['params'] | null;
}

export interface ImportPreview {
  header: string[];
  rows: PreviewRow[];
}

/** The server refused the file or mapping: its (English) message, the column or mapping field it names, and its code. */
export class ImportRequestError extends Error {
  constructor(message: string, readonly status: number, readonly column: string | null, readonly code: string | null = null, readonly params: ImportReason['params'] | null = null) {
    super(message);
  }

  /** The refusal in the reader's language (see importReason). */
  reason(t: Translate): string {
    return importReason(t, { reason: this.message, code: this.code, params: this.params });
  }
}

/** A signed-in page's multipart request to the import routes (the header is their CSRF check). */
async function send<T>(path: string, file: File, mapping: ReturnType<typeof toRouteMapping> | { delimiter?: string }): Promise<T> {
  const form = new FormData();
  // The routes read the mapping before the file.
  form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  const response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-opshub-request': '1' } });
  const body = (await response.json().catch(() => ({}))) as { error?: string; column?: string; code?: string; params?: ImportReason['params'] };
  if (!response.ok) throw new ImportRequestError(body.error ?? response.statusText, response.status, body.column ?? null, body.code ?? null, body.params ?? null);
  return body as T;
}

export const previewImport = (file: File, mapping: ReturnType<typeof toRouteMapping>) => send<ImportPreview>('/api/imports/preview', file, mapping);
export const startImport = (file: File, mapping: ReturnType<typeof toRouteMapping>) => send<FileImportFieldsFragment>('/api/imports', file, mapping);

/** The first row of a file as the server reads it: how an .xlsx (which the browser does not unzip) offers its columns. */
export const fetchHeader = async (file: File) => (await send<{ header: string[] }>('/api/imports/header', file, {})).header;

export async function cancelImport(id: string): Promise<void> {
  const response = await fetch(`/api/imports/${encodeURIComponent(id)}/cancel`, { method: 'POST', credentials: 'same-origin', headers: { 'x-opshub-request': '1' } });
  if (!response.ok) throw new ImportRequestError(response.statusText, response.status, null);
}

export const rejectedCsvUrl = (id: string) => `/api/imports/${encodeURIComponent(id)}/rejected.csv`;
