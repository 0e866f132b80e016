// Writing aids beside an editor's fields: the glossary's "do not use" terms in every language
// (content/GLOSSARY.md) and the words the spelling check does not know, through Enchant: Voikko
// for Finnish (as `npm run spell` checks content/), Hunspell's Swedish and British English
// dictionaries for the others, with the project's own words accepted (content/words-fi.txt,
// content/words.txt). Warnings only: they are shown with the saved text and never stop a save.
// Without Enchant or a language's dictionary on the machine that language's spelling is left
// out (said once in the log); the glossary part needs nothing.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { acceptedWord, acceptedWords, wordsOfText } from "@/content/finnish-words";
import { findRefused, refusedTerms } from "@/content/glossary";
import type { ModelDocument } from "@/content/document";
import { presentTexts, type Locale } from "@/domain/locale";
import { sectionKeys } from "@/domain/model";

/** One field's findings: the words the spelling check does not know, and the glossary's refused terms as written. */
export type FieldAids = { spelling: string[]; glossary: { term: string; text: string }[] };
/** By the form's field names ("fi.name", "sv.sections.basic-idea"); fields without findings are absent. */
export type WritingAids = Record<string, FieldAids>;

type Wordbook = { terms: string[]; finnish: Set<string>; others: Set<string> };

/** Enchant's dictionary for each language. */
const dictionaries: Record<Locale, string> = { fi: "fi", sv: "sv_SE", en: "en_GB" };
let wordbook: Promise<Wordbook> | null = null;

/** The glossary and the accepted Finnish words, read once from the repository's content/. */
function readWordbook(): Promise<Wordbook> {
  wordbook ??= (async () => {
    const read = (file: string) => readFile(join(process.cwd(), "content", file), "utf8").catch(() => "");
    const [glossary, finnish, others] = await Promise.all([read("GLOSSARY.md"), read("words-fi.txt"), read("words.txt")]);
    return { terms: refusedTerms(glossary), finnish: acceptedWords(finnish), others: acceptedWords(others) };
  })();
  return wordbook;
}

const missing = new Set<Locale>();

/** The words the language's dictionary does not know; null when the machine has no such dictionary. */
function unknownWords(locale: Locale, words: string[]): Promise<Set<string> | null> {
  if (missing.has(locale)) return Promise.resolve(null);
  if (words.length === 0) return Promise.resolve(new Set());
  return new Promise((resolve) => {
    const child = execFile("enchant-2", ["-d", dictionaries[locale], "-l"], { encoding: "utf8", timeout: 5_000 }, (error, stdout) => {
      if (error) {
        console.error(`writing aids: no spelling check in ${locale} (Enchant or its ${dictionaries[locale]} dictionary is missing or failed):`, error.message);
        missing.add(locale);
        resolve(null);
        return;
      }
      resolve(new Set(stdout.split("\n").filter(Boolean)));
    });
    child.stdin?.end(words.join("\n"));
  });
}

/** Each text field of the document by its form name, with its text. */
function textFields(document: ModelDocument): { name: string; locale: Locale; text: string }[] {
  return presentTexts(document.texts).flatMap(([locale, text]) => [
    ...(["name", "shortDescription", "implementationSite"] as const).map((field) => ({ name: `${locale}.${field}`, locale, text: text[field] ?? "" })),
    ...sectionKeys.map((key) => ({ name: `${locale}.sections.${key}`, locale, text: text.sections[key] ?? "" })),
  ]);
}

/** The writing aids for a document's texts. */
export async function writingAids(document: ModelDocument): Promise<WritingAids> {
  const { terms, finnish, others } = await readWordbook();
  const accepted = (locale: Locale, word: string) => (locale === "fi" ? acceptedWord(word, finnish) : others.has(word.toLowerCase()));
  const fields = textFields(document).filter((f) => f.text.trim() !== "");
  const candidates = new Map(fields.map((f) => [f.name, [...new Set(wordsOfText(f.text).map((w) => w.word))].filter((w) => !accepted(f.locale, w))]));
  const unknown = new Map(
    await Promise.all(
      [...new Set(fields.map((f) => f.locale))].map(
        async (locale) => [locale, await unknownWords(locale, [...new Set(fields.filter((f) => f.locale === locale).flatMap((f) => candidates.get(f.name) ?? []))])] as const,
      ),
    ),
  );
  const aids: WritingAids = {};
  for (const field of fields) {
    const unknownHere = unknown.get(field.locale);
    const spelling = unknownHere ? (candidates.get(field.name) ?? []).filter((w) => unknownHere.has(w)) : [];
    const glossary = findRefused(field.text, terms).map(({ term, text }) => ({ term, text }));
    if (spelling.length > 0 || glossary.length > 0) aids[field.name] = { spelling, glossary };
  }
  return aids;
}
