import { useEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../../shared/i18n';
import { UpdateMyPreferencesMutation } from '../graphql/auth';
import { useViewer } from './useViewer';

/**
 * Keeps the account's language the one the app is used in, so the digests e-mailed to this user are written in
 * it too. Saves only when they differ; a failed save is tried again on the next change.
 */
export function useLanguagePreference(): void {
  const viewer = useViewer();
  const { language } = useI18n();
  const [update] = useMutation(UpdateMyPreferencesMutation);
  const saved = useRef<string | null>(null);
  const storedLocale = viewer?.locale ?? null;
  useEffect(() => {
    if (storedLocale === null || (saved.current ?? storedLocale) === language) return;
    saved.current = language;
    update({ variables: { input: { locale: language } } }).catch(() => {
      saved.current = null;
    });
  }, [storedLocale, language, update]);
}
