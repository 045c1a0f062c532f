import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslator, initialLanguage, isDictionaryLoaded, LANGUAGE_STORAGE_KEY, loadDictionary, LOCALES, type Language } from './dictionaries';
import { I18nContext, type I18nValue } from './I18nContext';

interface Props {
  children: ReactNode;
  /** Forces the starting language (tests, storybook); otherwise localStorage, then navigator.language. */
  language?: Language;
}

export function I18nProvider({ children, language: forced }: Props) {
  const [chosen, setChosen] = useState<Language>(() => forced ?? initialLanguage());
  // The language shown: the chosen one once its messages have arrived (the previous one meanwhile).
  const [language, setLanguageState] = useState<Language | null>(() => (isDictionaryLoaded(chosen) ? chosen : null));

  useEffect(() => {
    let current = true;
    void loadDictionary(chosen).then(
      () => current && setLanguageState(chosen),
      // Its chunk could not be fetched (offline): English rather than a blank page.
      () => current && setLanguageState((shown) => shown ?? 'en'),
    );
    return () => {
      current = false;
    };
  }, [chosen]);

  const setLanguage = useCallback((next: Language) => {
    setChosen(next);
    if (isDictionaryLoaded(next)) setLanguageState(next);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still applies to this session.
    }
  }, []);

  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue | null>(
    () => (language ? { language, locale: LOCALES[language], setLanguage, t: createTranslator(language) } : null),
    [language, setLanguage],
  );

  // Nothing is drawn in a language it is not in: the first paint waits for a chosen language's chunk.
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
