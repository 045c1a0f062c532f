import { en, type Dictionary, type MessageKey } from './en';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

// English is in the first load (and is every key's fallback); another language is a chunk of its own, fetched once chosen.
const LOADERS: Record<Language, () => Promise<Dictionary>> = {
  en: async () => en,
  es: async () => (await import('./es')).es,
};
const loaded: Partial<Record<Language, Dictionary>> = { en };

/** Whether a language's messages are at hand (English always is). */
export const isDictionaryLoaded = (language: Language): boolean => loaded[language] !== undefined;

/** Fetches a language's messages once; later translators of that language use them. */
export async function loadDictionary(language: Language): Promise<void> {
  loaded[language] ??= await LOADERS[language]();
}

/** BCP 47 tag used for every number and date format (through @opshub/metrics) in a language. */
export const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-ES' };

export const LANGUAGE_STORAGE_KEY = 'opshub.language';

export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const pluralRules = new Map<string, Intl.PluralRules>();
const countFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = make(locale)));
  return value;
}

/**
 * The form of a count-bearing phrase for `count`: an exact `=N` form when given, else the language's plural category
 * (Intl.PluralRules: English and Spanish have `one` and `other`). `#` in the form is the count, formatted for the locale.
 */
export function plural(language: Language, count: number, forms: Readonly<Record<string, string>>): string {
  const locale = LOCALES[language];
  const form = forms[`=${count}`] ?? forms[cached(pluralRules, locale, (l) => new Intl.PluralRules(l)).select(count)] ?? forms.other ?? '';
  return form.replace(/#/g, cached(countFormats, locale, (l) => new Intl.NumberFormat(l)).format(count));
}

/** `{count, plural, one {# KPI} other {# KPIs}}`: the variable, then each form's selector and text (no nested braces). */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * Fills `{name}` placeholders and ICU-style plural phrases (`{count, plural, one {# row} other {# rows}}`) in the
 * language's plural rules; unknown placeholders are left visible so a missing variable is noticed.
 */
export function interpolate(template: string, vars?: MessageVars, language: Language = 'en'): string {
  if (!vars) return template;
  return template
    .replace(PLURAL, (match, name: string, body: string) => {
      const count = vars[name];
      if (typeof count !== 'number') return match;
      const forms = Object.fromEntries([...body.matchAll(PLURAL_FORM)].map(([, selector, text]) => [selector, text]));
      return plural(language, count, forms);
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : match));
}

export function createTranslator(language: Language): Translate {
  const dictionary = loaded[language] ?? en;
  return (key, vars) => interpolate(dictionary[key] ?? en[key] ?? key, vars, language);
}

/** The first supported language in the browser's preference list, else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be unavailable (private mode, sandboxed iframe); fall back to the browser setting.
  }
  const nav = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return detectLanguage(nav.filter(Boolean));
}

export type { Dictionary, MessageKey };
