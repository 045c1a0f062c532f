import type { ImportReason, ImportReasonCode } from '@opshub/metrics';

/** A refusal as the import module says it: an English sentence (the API's and the CSV's) and its code for pages. */
export type ImportProblem = ImportReason & { reason: string };

export const problem = (code: ImportReasonCode, reason: string, params: ImportReason['params'] = {}): ImportProblem => ({ code, params, reason });

/** A bad file or mapping: the HTTP answer's status, message, the column it names and its code. */
export class ImportError extends Error {
  constructor(message: string, readonly status: 400 | 403 | 413, readonly column: string | null = null, readonly reason: ImportReason | null = null) {
    super(message);
  }

  /** The refusal a problem (a header's, an empty file's…) makes. */
  static of(found: ImportProblem, status: 400 | 403 | 413, column: string | null = null): ImportError {
    return new ImportError(found.reason, status, column, { code: found.code, params: found.params });
  }
}
