import { useCallback } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { serverFieldErrors } from './serverErrors';

/**
 * Puts the server's field errors beside the fields they name. Returns true when every error found a field of
 * this form, so the caller shows a form-level message only for the rest.
 */
export function useServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  return useCallback(
    (error: unknown): boolean => {
      const errors = serverFieldErrors(error);
      let placed = 0;
      for (const { field, message } of errors) {
        const target = fields.find((name) => field === name || field.startsWith(`${name}.`));
        if (!target) continue;
        setError(target, { type: 'server', message }, { shouldFocus: placed === 0 });
        placed += 1;
      }
      return errors.length > 0 && placed === errors.length;
    },
    [setError, fields],
  );
}
