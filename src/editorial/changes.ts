// Which text of a model changed in which revision, per language and field, and so which
// translations lag behind their source text. Pure functions over documents (src/content/document.ts).
import { locales, presentTexts, type Locale } from "@/domain/locale";
import { sectionKeys } from "@/domain/model";
import type { ModelDocument, ModelTextDocument } from "@/content/document";

/** For each language present, the revision number that last changed each of its fields. */
export type ChangedIn = Partial<Record<Locale, Record<string, number>>>;
/** For each language, the revision whose text of it is live. */
export type PublishedIn = Partial<Record<Locale, number>>;

/** The fields of one language, by the names ChangedIn uses: "name", "sections.tips"… */
export function textFields(text: ModelTextDocument): Record<string, string> {
  const fields: Record<string, string> = {
    name: text.name ?? "",
    shortDescription: text.shortDescription ?? "",
    implementationSite: text.implementationSite ?? "",
    coverImageAlt: text.coverImageAlt ?? "",
    evaluations: JSON.stringify(text.evaluations ?? []),
  };
  for (const key of sectionKeys) fields[`sections.${key}`] = text.sections[key] ?? "";
  return fields;
}

/** The ChangedIn of revision `number`, which follows `previous` (null for a model's first). */
export function nextChangedIn(
  previous: { document: ModelDocument; changedIn: ChangedIn } | null,
  next: ModelDocument,
  number: number,
): ChangedIn {
  const result: ChangedIn = {};
  for (const [locale, text] of presentTexts(next.texts)) {
    const before = previous?.document.texts[locale];
    const beforeFields = before ? textFields(before) : null;
    const stamps = previous?.changedIn[locale] ?? {};
    result[locale] = Object.fromEntries(
      Object.entries(textFields(text)).map(([field, value]) => [
        field,
        beforeFields && beforeFields[field] === value && stamps[field] !== undefined ? stamps[field] : number,
      ]),
    );
  }
  return result;
}

/**
 * The fields of each translation that are older than the source text they translate (or
 * missing while the source has them). The source language lags behind nothing.
 */
export function laggingFields(changedIn: ChangedIn, document: ModelDocument, sourceLocale: Locale): Partial<Record<Locale, string[]>> {
  const source = document.texts[sourceLocale];
  const sourceStamps = changedIn[sourceLocale];
  if (!source || !sourceStamps) return {};
  const sourceFields = textFields(source);
  const result: Partial<Record<Locale, string[]>> = {};
  for (const [locale, text] of presentTexts(document.texts)) {
    if (locale === sourceLocale) continue;
    const fields = textFields(text);
    const stamps = changedIn[locale] ?? {};
    const behind = Object.keys(sourceFields).filter(
      (field) => sourceFields[field] !== "" && (fields[field] === "" || (stamps[field] ?? 0) < (sourceStamps[field] ?? 0)),
    );
    if (behind.length > 0) result[locale] = behind;
  }
  return result;
}

/** The languages whose newest text is not yet live. */
export function pendingLocales(changedIn: ChangedIn, publishedIn: PublishedIn): Locale[] {
  return locales.filter((locale) => {
    const stamps = changedIn[locale];
    if (!stamps) return false;
    const live = publishedIn[locale];
    return live === undefined || Math.max(...Object.values(stamps)) > live;
  });
}
