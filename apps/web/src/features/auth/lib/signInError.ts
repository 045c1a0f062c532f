import { classifyError, errorMessageKey, retryAfterSeconds } from '../../../shared/api/errors';
import type { Translate } from '../../../shared/i18n';

/** "40 seconds", "15 minutes": how long to wait, rounded up to whole minutes past the first one. */
export function formatWait(seconds: number, locale: string): string {
  const [value, unit] = seconds < 60 ? [Math.ceil(seconds), 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** What a failed sign-in tells the user: wrong credentials, how long to wait after too many attempts, or why the server could not answer. */
export function signInErrorMessage(error: unknown, t: Translate, locale: string): string {
  switch (classifyError(error)) {
    case 'UNAUTHENTICATED':
      return t('auth.wrongCredentials');
    case 'RATE_LIMITED': {
      const seconds = retryAfterSeconds(error);
      return seconds === null ? t('auth.tooManyAttemptsLater') : t('auth.tooManyAttempts', { wait: formatWait(seconds, locale) });
    }
    default:
      return t(errorMessageKey(error));
  }
}
