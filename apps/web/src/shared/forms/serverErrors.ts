import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ServerFieldError {
  /** The form field the server named, with the mutation's argument prefix (`input.`) taken off: `input.url` → `url`. */
  field: string;
  message: string;
}

/** Where the path names an argument of the mutation rather than a field of its input object. */
const ARGUMENT_PREFIX = /^(input|patch)\.?/;

function formField(path: string): string {
  return path.replace(ARGUMENT_PREFIX, '').replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '') || 'root';
}

/** The BAD_USER_INPUT errors of a GraphQL answer that name a field (`extensions.field`, and each of `extensions.rejected`). */
export function serverFieldErrors(error: unknown): ServerFieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const found: ServerFieldError[] = [];
  for (const gqlError of error.errors) {
    const { code, field, rejected } = gqlError.extensions ?? {};
    if (code !== 'BAD_USER_INPUT' || typeof field !== 'string') continue;
    if (Array.isArray(rejected)) {
      for (const item of rejected as { index: number; field: string; reason: string }[]) {
        found.push({ field: formField(`input[${item.index}].${item.field}`), message: item.reason });
      }
    } else {
      found.push({ field: formField(field), message: gqlError.message });
    }
  }
  return found;
}
