// The catalogue's languages. Finnish is the default source language; a model may be written in
// Swedish first (its sourceLanguage).
export const locales = ["fi", "sv", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fi";

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * The translation to show for `locale`: its own, else the source text (Finnish unless the
 * record was written in Swedish first), else any. The caller marks the text with its `locale`
 * when it differs from the page's.
 */
export function pickTranslation<T extends { locale: Locale }>(translations: T[], locale: Locale, source: Locale = defaultLocale): T | undefined {
  return translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === source) ?? translations[0];
}

/** The texts present in a per-locale record, in the order of `locales`. */
export function presentTexts<T>(texts: Partial<Record<Locale, T>>): [Locale, T][] {
  return locales.flatMap((locale) => {
    const text = texts[locale];
    return text === undefined ? [] : [[locale, text] as [Locale, T]];
  });
}
