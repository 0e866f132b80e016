// What changed between two revisions of a model description, for the editors' history page
// (src/components/editorial/RevisionDiff.tsx shows it): every field that differs, in page
// order (the facts, then each language's texts), each changed text word by word. Pure: no
// React, no database. Word diffs share one time budget, so a huge section cannot hold up
// the server; a text that runs out of it is shown as replaced whole.
import { diffWordsWithSpace } from "diff";
import type { ModelDocument, ModelTextDocument } from "@/content/document";
import { locales, type Locale } from "@/domain/locale";
import { dimensionKeys, sectionKeys, type DimensionKey, type SectionKey } from "@/domain/model";
import { factFields, factValue, type FactField, type FactValue } from "./fact-values";

export type { FactField, FactValue } from "./fact-values";

export type DiffPart = { value: string; added?: boolean; removed?: boolean };

export type TextField =
  | { key: "name" | "shortDescription" | "implementationSite" | "coverImageAlt" }
  | { key: "section"; section: SectionKey }
  | { key: "evaluationSummary"; index: number }
  | { key: "evaluationFinding"; index: number; dimension: DimensionKey };

export type FactChange = { kind: "fact"; field: FactField; before: FactValue; after: FactValue };
/** `tooLarge`: not compared word by word (too long or too different); `parts` replace the whole text. */
export type TextChange = { kind: "text"; locale: Locale; field: TextField; parts: DiffPart[]; tooLarge: boolean };
export type FieldChange = FactChange | TextChange;

export type DocumentComparison = {
  changes: FieldChange[];
  /** Fields that have a value in either revision and the same in both. */
  unchanged: number;
  /** Languages that only the newer (added) or only the older (removed) revision has. */
  addedLocales: Locale[];
  removedLocales: Locale[];
};

/** The whole comparison's budget for word diffs: later texts get what earlier ones left. */
const defaultTimeoutMs = 2000;
/**
 * Edits (removed plus added tokens) after which a word diff gives up: about a thousand
 * changed words. Past that a word-by-word view reads no better than the two texts, and the
 * search costs the square of it (some 0.3 s at this limit on two different 100,000-character texts).
 */
const maxEditLength = 2000;

const shortTextKeys = ["name", "shortDescription", "implementationSite", "coverImageAlt"] as const;

function textFields(evaluations: number): TextField[] {
  return [
    ...shortTextKeys.map((key) => ({ key })),
    ...sectionKeys.map((section) => ({ key: "section" as const, section })),
    ...Array.from({ length: evaluations }, (_, index) => [
      { key: "evaluationSummary" as const, index },
      ...dimensionKeys.map((dimension) => ({ key: "evaluationFinding" as const, index, dimension })),
    ]).flat(),
  ];
}

/**
 * A text as readers see it: decomposed letters composed (an "ä" typed as "a" plus a combining
 * mark would otherwise split a word in two), Windows line ends as "\n", no surrounding space
 * (the content schema trims). An absent field is "".
 */
function readText(text: ModelTextDocument | undefined, field: TextField): string {
  const evaluation = "index" in field ? text?.evaluations?.[field.index] : undefined;
  const raw =
    field.key === "section" ? text?.sections[field.section]
    : field.key === "evaluationSummary" ? evaluation?.summary
    : field.key === "evaluationFinding" ? evaluation?.findings?.[field.dimension]
    : text?.[field.key];
  return (raw ?? "").replace(/\r\n?/g, "\n").normalize("NFC").trim();
}

const replaced = (before: string, after: string): DiffPart[] => [
  ...(before ? [{ value: before, removed: true }] : []),
  ...(after ? [{ value: after, added: true }] : []),
];

const isChange = (part: DiffPart | undefined) => Boolean(part?.added || part?.removed);

/**
 * diffWordsWithSpace keeps the spaces between rewritten words as unchanged, so a rewritten
 * sentence reads "-old +new -words +here"; this joins such runs into one removal and one
 * addition. Only between replacements: a space between two deletions is no rewrite. Line
 * breaks stay unchanged between runs: they keep a rewritten list item apart.
 */
function joinRuns(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    out.push(...replaced(removed, added));
    removed = added = "";
  };
  parts.forEach((part, i) => {
    if (part.removed) removed += part.value;
    else if (part.added) added += part.value;
    else if (removed && added && /^[^\S\n]+$/.test(part.value) && isChange(parts[i + 1])) {
      removed += part.value;
      added += part.value;
    } else {
      flush();
      out.push({ value: part.value });
    }
  });
  flush();
  return out;
}

/**
 * diffWordsWithSpace, not diffWords: both take ä, ö, å (and the other Latin letters) as part
 * of a word and each punctuation mark as its own token, but diffWords ignores white space, so
 * a paragraph break added or removed in a section's Markdown would show as no change at all,
 * and its unchanged parts carry the newer text's spacing. Here unchanged and removed parts
 * rebuild the older text exactly, unchanged and added ones the newer.
 */
function wordDiff(before: string, after: string, deadline: number): { parts: DiffPart[]; tooLarge: boolean } {
  if (!before || !after) return { parts: replaced(before, after), tooLarge: false };
  const timeout = deadline - Date.now();
  const changes = timeout > 0 ? diffWordsWithSpace(before, after, { timeout, maxEditLength }) : undefined;
  if (!changes) return { parts: replaced(before, after), tooLarge: true };
  return {
    parts: joinRuns(changes.map(({ value, added, removed }) => (added ? { value, added } : removed ? { value, removed } : { value }))),
    tooLarge: false,
  };
}

/** Compares revision `a` (older) with `b` (newer). */
export function compareDocuments(a: ModelDocument, b: ModelDocument, options: { timeoutMs?: number } = {}): DocumentComparison {
  const deadline = Date.now() + (options.timeoutMs ?? defaultTimeoutMs);
  const changes: FieldChange[] = [];
  const texts: { change: TextChange; before: string; after: string }[] = [];
  let unchanged = 0;
  for (const field of factFields(a, b)) {
    const before = factValue(a, field);
    const after = factValue(b, field);
    if (before === after) unchanged += before === null ? 0 : 1;
    else changes.push({ kind: "fact", field, before, after });
  }
  for (const locale of locales) {
    const [older, newer] = [a.texts[locale], b.texts[locale]];
    if (!older && !newer) continue;
    const evaluations = Math.max(older?.evaluations?.length ?? 0, newer?.evaluations?.length ?? 0);
    for (const field of textFields(evaluations)) {
      const before = readText(older, field);
      const after = readText(newer, field);
      if (before === after) {
        unchanged += before ? 1 : 0;
        continue;
      }
      const change: TextChange = { kind: "text", locale, field, parts: [], tooLarge: false };
      changes.push(change);
      texts.push({ change, before, after });
    }
  }
  // Shortest texts first: names and short descriptions always get their word diff, and only
  // the longest sections can find the budget spent.
  const size = (text: { before: string; after: string }) => text.before.length + text.after.length;
  for (const text of texts.sort((x, y) => size(x) - size(y))) Object.assign(text.change, wordDiff(text.before, text.after, deadline));
  return {
    changes,
    unchanged,
    addedLocales: locales.filter((locale) => !a.texts[locale] && b.texts[locale]),
    removedLocales: locales.filter((locale) => a.texts[locale] && !b.texts[locale]),
  };
}
