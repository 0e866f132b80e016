// The long tail of a synthetic catalogue's words. Real catalogues have a few words in every
// model and many words in a few models each; the generator's phrase banks (./phrases.ts) give
// only the first kind, so each generated text also gets a handful of words drawn from a
// Zipf-like distribution over a vocabulary of real words, and the benchmark's queries are drawn
// from the same distribution: most of them then match a few percent of the models or less.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { locales, type Locale } from "@/domain/locale";
import type { Rng } from "./random";

/** Each language's words, most frequent first. */
export type Vocabulary = Record<Locale, string[]>;

/** How steeply the distribution falls: rank r is drawn in proportion to r^-exponent. */
export const zipfExponent = 0.7;
/** Words of the long tail in each text of a generated model. */
export const tailWordsPerText = 10;

const words = (text: string) => text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? [];

/** ICU message syntax ({count, plural, one {…} other {…}}, {name}): its keywords are no words. */
const icuSyntax = /\{\s*\w+\s*(,\s*\w+\s*,?)?|\b(zero|one|two|few|many|other)\s*\{/g;

/** Every string in a JSON value (the interface's messages), without their ICU syntax. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(icuSyntax, " ")];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** The Markdown files of a content folder in `locale` (fi.md, sv.md, en.md), at any depth. */
function markdownIn(dir: string, locale: Locale): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(`${locale}.md`) && /(^|\/)(fi|sv|en)\.md$/.test(path))
    // The front matter's keys (name:, shortDescription:) are no words of the text.
    .map((path) => readFileSync(join(dir, path), "utf8").replace(/^\s*[\w-]+:/gm, " "));
}

/**
 * The words of the real texts in each language, the content folder's and the interface's
 * (`messagesDir`), by how often they occur there, without the words `common` (the phrase banks'
 * own, which are in every generated model already and would not be a long tail).
 */
export function readVocabulary(contentDir: string, messagesDir: string, common: Record<Locale, Set<string>>): Vocabulary {
  const of = (locale: Locale) => {
    const counts = new Map<string, number>();
    const texts = [...markdownIn(contentDir, locale), ...strings(JSON.parse(readFileSync(join(messagesDir, `${locale}.json`), "utf8")))];
    for (const word of texts.flatMap(words)) if (!common[locale].has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([word]) => word);
  };
  return Object.fromEntries(locales.map((locale) => [locale, of(locale)])) as Vocabulary;
}

/** The words of generated texts, by language: what readVocabulary leaves out as common. */
export function wordsOf(texts: Record<Locale, string[]>): Record<Locale, Set<string>> {
  return Object.fromEntries(locales.map((locale) => [locale, new Set(texts[locale].flatMap(words))])) as Record<Locale, Set<string>>;
}

/** Draws ranks 0..size-1, rank r in proportion to (r + 1)^-zipfExponent. */
export function zipfSampler(size: number): (rng: Rng) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank++) cumulative.push((total += rank ** -zipfExponent));
  return (rng) => {
    const target = rng() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/**
 * `count` distinct searches in `vocabulary` (one language's): a word, or two words (a third of
 * them), drawn from the distribution the generated texts' long tails are drawn from.
 */
export function benchmarkQueries(vocabulary: string[], count: number, rng: Rng): string[] {
  const draw = zipfSampler(vocabulary.length);
  const word = () => vocabulary[draw(rng)] ?? "";
  const queries = new Set<string>();
  for (let tries = 0; queries.size < count && tries < 100 * count; tries++) {
    queries.add(rng() < 1 / 3 ? `${word()} ${word()}` : word());
  }
  return [...queries];
}
