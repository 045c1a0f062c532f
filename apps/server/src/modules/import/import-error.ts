/** A bad file or mapping: the HTTP answer's status, message and the column it names. */
export class ImportError extends Error {
  constructor(message: string, readonly status: 400 | 403 | 413, readonly column: string | null = null) {
    super(message);
  }
}
