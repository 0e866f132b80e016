// The Finnish words of a content Markdown file, a messages file or an editor's text, with their
// lines, for the Finnish spelling check (scripts/spell-fi.ts, src/editorial/writing-aids.ts). Keys, section names, addresses and ICU syntax
// are not prose and are left out; hyphenated compounds are checked part by part
// ("Palaset-palvelussa" as "Palaset" and "palvelussa"), as Voikko knows the parts.

export type WordAt = { word: string; line: number };

// Rich-text tags (<link>…</link>) are next-intl's ICU syntax too.
const icuSyntax = /\{\s*\w+\s*(?:,\s*(?:plural|select)\s*,|\})|\b(?:one|other)\s*\{|=\d+\s*\{|<\/?\w+>/g;
// A bare scheme ("alkaa https://") is an address too.
const notProse = /https?:\/\/\S*|\]\([^)]*\)|`[^`]*`|\b[\w.-]+@[\w.-]+\.\w+\b|\b[\w-]+\.(?:fi|com|org)\b/g;
const word = /\p{L}[\p{L}\p{N}’'-]*/gu;

function wordsOf(text: string, line: number): WordAt[] {
  const prose = text.replace(icuSyntax, " ").replace(notProse, " ");
  return [...prose.matchAll(word)].flatMap((m) => {
    const parts = m[0].split("-");
    // "sosiaali- ja terveyspalvelut": a first part cut short before "ja" is no word of its own.
    if (m[0].endsWith("-")) parts.splice(-2);
    return parts
      .map((part) => part.replace(/[’']s?$/, ""))
      .filter((part) => /\p{L}{2,}/u.test(part))
      .map((part) => ({ word: part, line }));
  });
}

/** Case endings a name takes in Finnish ("Sokrassa", "Julkarin", "JavaScriptiä"). */
const endings = ["n", "a", "ä", "ta", "tä", "na", "nä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "han", "hen", "hin", "seen", "in", "ia", "iä", "issa", "issä", "ista", "istä", "iin", "ille", "illa", "illä", "iksi", "ina", "inä"];

/** Whether `candidate` is an accepted word, or one inflected with a case ending. */
export function acceptedWord(candidate: string, accepted: ReadonlySet<string>): boolean {
  const lower = candidate.toLowerCase();
  if (accepted.has(lower)) return true;
  return endings.some((ending) => lower.endsWith(ending) && accepted.has(lower.slice(0, -ending.length)));
}

/** Words of a list of accepted words (content/words-fi.txt): one a line, # for comments. */
export function acceptedWords(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#"))
      .map((line) => line.toLowerCase()),
  );
}

/** A messages file: the string values, line by line (each message is on one line). */
export function wordsOfMessages(text: string): WordAt[] {
  return text.split("\n").flatMap((line, i) => {
    const value = /^\s*"[^"]+":\s*("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
    if (!value) return [];
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "string" ? wordsOf(parsed, i + 1) : [];
  });
}

/** A content Markdown file: front matter values and the body, without keys and section names. */
export function wordsOfMarkdown(text: string): WordAt[] {
  return text.split("\n").flatMap((line, i) => {
    if (/^## [a-z-]+\s*$/.test(line) || /^---\s*$/.test(line)) return [];
    return wordsOf(line.replace(/^\s*(?:- )?[\w-]+:(?=\s|$)/, " ").replace(/^\s*[>|]-?\s*$/, ""), i + 1);
  });
}

/** An editor's text (one field's Markdown): its words, line by line. */
export const wordsOfText = (text: string): WordAt[] => text.split("\n").flatMap((line, i) => wordsOf(line, i + 1));
