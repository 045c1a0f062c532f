import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslator, initialLanguage, LANGUAGE_STORAGE_KEY, LOCALES, type Language } from './dictionaries';
import { I18nContext, type I18nValue } from './I18nContext';

interface Props {
  children: ReactNode;
  /** Forces the starting language (tests, storybook); otherwise localStorage, then navigator.language. */
  language?: Language;
}

export function I18nProvider({ children, language: forced }: Props) {
  const [language, setLanguageState] = useState<Language>(() => forced ?? initialLanguage());

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still applies to this session.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue>(
    () => ({ language, locale: LOCALES[language], setLanguage, t: createTranslator(language) }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
