// The glossary's "do not use" column (content/GLOSSARY.md): the terms it refuses and where a
// text uses one. tests/glossary.test.ts holds content/ and the interface to it; the working
// area shows the same findings beside an editor's field (src/editorial/writing-aids.ts).

/** The backticked terms of the last column of every row of the glossary's table. */
export function refusedTerms(markdown: string): string[] {
  const rows = markdown.split("\n").filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line));
  return rows.slice(1).flatMap((row) => {
    const cells = row.split("|").slice(1, -1);
    return [...(cells.at(-1) ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "").filter((term) => term.trim() !== "");
  });
}

/** A term as a pattern: whole words, any case, any white space between words (text is wrapped), `*` for any ending. */
function pattern(term: string): RegExp {
  const words = term.trim().split(/\s+/).map((word) => word.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*$/, "[\\p{L}\\p{N}-]*"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");
}

export type RefusedUse = { line: number; term: string; text: string };

/** Each use of a refused term in `text`: its line, the glossary's term and the words as written. */
export function findRefused(text: string, terms: readonly string[]): RefusedUse[] {
  return terms.flatMap((term) =>
    [...text.matchAll(pattern(term))].map((m) => ({
      line: text.slice(0, m.index).split("\n").length,
      term,
      text: m[0].replace(/\s+/g, " "),
    })),
  );
}
