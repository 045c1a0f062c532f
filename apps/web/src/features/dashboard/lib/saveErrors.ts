import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface SaveConflict {
  currentVersion: number;
  updatedBy: string | null;
}

/** The CONFLICT of a save whose base version is stale: who saved since, and the version now current. */
export function saveConflict(error: unknown): SaveConflict | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((e) => e.extensions?.code === 'CONFLICT');
  if (!found) return null;
  const { currentVersion, updatedBy } = found.extensions ?? {};
  return { currentVersion: Number(currentVersion), updatedBy: typeof updatedBy === 'string' ? updatedBy : null };
}

export interface WidgetProblem {
  /** The widget's position in the saved list, when the problem is one widget's. */
  index: number | null;
  /** The path the server named, e.g. `widgets[3].metricKeys[0]` (the mutation's `input.` taken off). */
  field: string;
  message: string;
}

/** A refused save or import that names where: a BAD_USER_INPUT (or a FORBIDDEN metric) with `extensions.field`. */
export function widgetProblem(error: unknown): WidgetProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    const { code, field } = e.extensions ?? {};
    if ((code === 'BAD_USER_INPUT' || code === 'FORBIDDEN') && typeof field === 'string') {
      const path = field.replace(/^input\./, '');
      const index = /^widgets\[(\d+)\]/.exec(path);
      return { index: index ? Number(index[1]) : null, field: path, message: e.message };
    }
  }
  return null;
}
