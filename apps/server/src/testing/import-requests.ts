import type { ImportRun } from '../modules/import/import.service';
import { waitFor, type Credentials } from './test-app';

/** A real multipart request, as `curl -F mapping=… -F file=@name` sends it. */
export async function postImport(url: string, path: string, as: Credentials, file: string | Uint8Array, mapping: unknown, name = 'export.csv') {
  const form = new FormData();
  form.append('mapping', JSON.stringify(mapping));
  form.append('file', new Blob([file]), name);
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${as.apiKey}` }, body: form });
  return { status: response.status, body: (await response.json()) as any };
}

export async function importRun(url: string, id: string, as: Credentials): Promise<ImportRun> {
  return (await (await fetch(`${url}/api/imports/${id}`, { headers: { authorization: `Bearer ${as.apiKey}` } })).json()) as ImportRun;
}

/** The import once it has COMPLETED or FAILED. */
export async function importFinished(url: string, id: string, as: Credentials, timeoutMs = 60_000): Promise<ImportRun> {
  let run: ImportRun | null = null;
  await waitFor(async () => {
    run = await importRun(url, id, as);
    return run.state === 'COMPLETED' || run.state === 'FAILED';
  }, timeoutMs);
  return run!;
}

/** The rejected rows' export, line by line. */
export async function rejectedLines(url: string, id: string, as: Credentials): Promise<string[]> {
  return (await (await fetch(`${url}/api/imports/${id}/rejected.csv`, { headers: { authorization: `Bearer ${as.apiKey}` } })).text()).split('\r\n');
}
