// Writing aids beside an editor's fields: the glossary's "do not use" terms in every language
// (content/GLOSSARY.md) and, in Finnish, the words Voikko does not know (through Enchant, as
// `npm run spell` checks content/). Warnings only: they are shown with the saved text and never
// stop a save. Without Enchant and Voikko on the machine the spelling part is left out (said
// once in the log); the glossary part needs nothing.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { acceptedWord, acceptedWords, wordsOfText } from "@/content/finnish-words";
import { findRefused, refusedTerms } from "@/content/glossary";
import type { ModelDocument } from "@/content/document";
import { presentTexts, type Locale } from "@/domain/locale";
import { sectionKeys } from "@/domain/model";

/** One field's findings: the words Voikko does not know, and the glossary's refused terms as written. */
export type FieldAids = { spelling: string[]; glossary: { term: string; text: string }[] };
/** By the form's field names ("fi.name", "sv.sections.basic-idea"); fields without findings are absent. */
export type WritingAids = Record<string, FieldAids>;

type Wordbook = { terms: string[]; accepted: Set<string> };
let wordbook: Promise<Wordbook> | null = null;

/** The glossary and the accepted Finnish words, read once from the repository's content/. */
function readWordbook(): Promise<Wordbook> {
  wordbook ??= (async () => {
    const read = (file: string) => readFile(join(process.cwd(), "content", file), "utf8").catch(() => "");
    const [glossary, words] = await Promise.all([read("GLOSSARY.md"), read("words-fi.txt")]);
    return { terms: refusedTerms(glossary), accepted: acceptedWords(words) };
  })();
  return wordbook;
}

let spellingMissing = false;

/** The words Voikko does not know; null when the machine has no Enchant with Voikko. */
function unknownFinnish(words: string[]): Promise<Set<string> | null> {
  if (words.length === 0 || spellingMissing) return Promise.resolve(spellingMissing ? null : new Set());
  return new Promise((resolve) => {
    const child = execFile("enchant-2", ["-d", "fi", "-l"], { encoding: "utf8", timeout: 5_000 }, (error, stdout) => {
      if (error) {
        if (!spellingMissing) console.error("writing aids: no Finnish spelling check (enchant-2 with Voikko is missing or failed):", error.message);
        spellingMissing = (error as NodeJS.ErrnoException).code === "ENOENT";
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
  const { terms, accepted } = await readWordbook();
  const fields = textFields(document).filter((f) => f.text.trim() !== "");
  const finnishWords = new Map(
    fields.filter((f) => f.locale === "fi").map((f) => [f.name, [...new Set(wordsOfText(f.text).map((w) => w.word))].filter((w) => !acceptedWord(w, accepted))]),
  );
  const unknown = await unknownFinnish([...new Set([...finnishWords.values()].flat())]);
  const aids: WritingAids = {};
  for (const field of fields) {
    const spelling = unknown ? (finnishWords.get(field.name) ?? []).filter((w) => unknown.has(w)) : [];
    const glossary = findRefused(field.text, terms).map(({ term, text }) => ({ term, text }));
    if (spelling.length > 0 || glossary.length > 0) aids[field.name] = { spelling, glossary };
  }
  return aids;
}
