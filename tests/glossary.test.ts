// The glossary's "do not use" column, enforced: no file of content/ and no UI string may use a
// term that content/GLOSSARY.md refuses. Each finding names the file, the line and the term.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const glossaryPath = "content/GLOSSARY.md";

/** The backticked terms of the last column of every row of the glossary's table. */
function refusedTerms(markdown: string): string[] {
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

type Finding = { file: string; line: number; term: string; text: string };

function findRefused(file: string, text: string, terms: string[]): Finding[] {
  return terms.flatMap((term) =>
    [...text.matchAll(pattern(term))].map((m) => ({
      file,
      line: text.slice(0, m.index).split("\n").length,
      term,
      text: m[0].replace(/\s+/g, " "),
    })),
  );
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const terms = refusedTerms(readFileSync(glossaryPath, "utf8"));
const scanned = [
  ...files("content").filter((path) => /\.(md|ya?ml)$/.test(path) && path !== glossaryPath),
  ...files("messages").filter((path) => path.endsWith(".json")),
];

describe("the glossary", () => {
  it("refuses terms in its last column", () => {
    expect(terms.length).toBeGreaterThan(20);
    expect(terms).toContain("substance abuse");
  });

  it("catches a refused term across a line break, in any case, and not inside another word", () => {
    const text = "Clients come from\nSubstance\nAbuse services.\nA kehikko, a kehikon; arviointikehys is fine.";
    expect(findRefused("example.md", text, ["substance abuse", "kehik*"])).toEqual([
      { file: "example.md", line: 2, term: "substance abuse", text: "Substance Abuse" },
      { file: "example.md", line: 4, term: "kehik*", text: "kehikko" },
      { file: "example.md", line: 4, term: "kehik*", text: "kehikon" },
    ]);
    expect(findRefused("example.md", "delaktighet i gemenskaper och påverkansprocesser", ["gemenskaper och påverkan"])).toEqual([]);
  });

  it("is followed by every file of content/ and messages/", () => {
    expect(scanned.length).toBeGreaterThan(30);
    const findings = scanned.flatMap((file) => findRefused(file, readFileSync(file, "utf8"), terms));
    expect(findings.map((f) => `${f.file}:${f.line}: "${f.text}" (glossary: do not use \`${f.term}\`)`)).toEqual([]);
  });
});
