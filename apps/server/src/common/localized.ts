/** Per-locale overrides of a stored record's English texts, e.g. { es: { name: 'Ingresos' } }. */
export interface LocalizedText {
  [locale: string]: { name?: string; description?: string; title?: string; owner?: string } | undefined;
}

/** The `locale` argument of every translatable field. */
export const LOCALE_ARG = { nullable: true, description: 'BCP 47 locale such as "es"; defaults to English.' } as const;

export type LocalizedField = 'name' | 'title' | 'description' | 'owner';

/** Text in the requested locale ("es", "es-ES"…), falling back to the stored default (English). */
export function localized(fallback: string, i18n: LocalizedText | undefined, locale: string | null | undefined, field: LocalizedField): string {
  if (!locale || !i18n) return fallback;
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return i18n[locale]?.[field] ?? i18n[language]?.[field] ?? fallback;
}

/** Translations of `field` dropped: once the default text is edited, a translation of the old text would be wrong. */
export function withoutTranslations(i18n: LocalizedText, field: LocalizedField): LocalizedText {
  return Object.fromEntries(Object.entries(i18n).map(([locale, texts]) => {
    const { [field]: _dropped, ...rest } = texts ?? {};
    return [locale, rest];
  }));
}

/** The languages the server writes in: notifications (e-mail, Slack), digests and alert explanations. */
export const NOTIFICATION_LOCALES = ['en', 'es'] as const;
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

/** The notification language closest to a BCP 47 locale ("es-ES" → es); English otherwise. */
export function notificationLocale(locale: string | null | undefined): NotificationLocale {
  const language = locale?.toLowerCase().split(/[-_]/)[0];
  return NOTIFICATION_LOCALES.find((l) => l === language) ?? 'en';
}
