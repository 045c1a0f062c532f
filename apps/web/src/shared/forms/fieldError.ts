import type { MessageKey, Translate } from '../i18n';

/** A field's error as shown: the server's own words, or the client check's message key translated. */
export function fieldErrorText(t: Translate, error: { type?: string; message?: string } | undefined): string | undefined {
  if (!error?.message) return undefined;
  return error.type === 'server' ? error.message : t(error.message as MessageKey);
}
