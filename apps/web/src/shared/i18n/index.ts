export { I18nProvider } from './I18nProvider';
export { useI18n } from './useI18n';
export type { I18nValue } from './I18nContext';
export { LANGUAGES, LOCALES, detectLanguage, interpolate, isLanguage, createTranslator, plural } from './dictionaries';
export type { Language, MessageKey, MessageVars, Translate } from './dictionaries';
