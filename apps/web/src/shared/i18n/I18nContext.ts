import { createContext } from 'react';
import { createTranslator, LOCALES, type Language, type Translate } from './dictionaries';

export interface I18nValue {
  language: Language;
  /** BCP 47 locale passed to @opshub/metrics formatters. */
  locale: string;
  setLanguage: (language: Language) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nValue>({
  language: 'en',
  locale: LOCALES.en,
  setLanguage: () => {},
  t: createTranslator('en'),
});
