// The glossary's "do not use" column, enforced: no file of content/ and no UI string may use a
// term that content/GLOSSARY.md refuses. Each finding names the file, the line and the term.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRefused, refusedTerms, type RefusedUse } from "@/content/glossary";

const glossaryPath = "content/GLOSSARY.md";

type Finding = RefusedUse & { file: string };

const findings = (file: string, text: string, terms: string[]): Finding[] => findRefused(text, terms).map((use) => ({ file, ...use }));

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
    expect(findings("example.md", text, ["substance abuse", "kehik*"])).toEqual([
      { file: "example.md", line: 2, term: "substance abuse", text: "Substance Abuse" },
      { file: "example.md", line: 4, term: "kehik*", text: "kehikko" },
      { file: "example.md", line: 4, term: "kehik*", text: "kehikon" },
    ]);
    expect(findings("example.md", "delaktighet i gemenskaper och påverkansprocesser", ["gemenskaper och påverkan"])).toEqual([]);
  });

  it("is followed by every file of content/ and messages/", () => {
    expect(scanned.length).toBeGreaterThan(30);
    const found = scanned.flatMap((file) => findings(file, readFileSync(file, "utf8"), terms));
    expect(found.map((f) => `${f.file}:${f.line}: "${f.text}" (glossary: do not use \`${f.term}\`)`)).toEqual([]);
  });
});
