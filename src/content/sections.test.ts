import { describe, expect, it } from "vitest";
import { splitSections } from "./sections";

describe("splitSections", () => {
  it("splits by section key and keeps the words of all sections without syntax", () => {
    const body = "## basic-idea\n### Otsikko\n\nEka *kappale*.\n\n## tips\n- [linkki](https://thl.fi)\n- `koodi`\n";
    const result = splitSections("fi.md", body, 5);
    expect(result.ok && [...result.data.markdown.keys()]).toEqual(["basic-idea", "tips"]);
    expect(result.ok && result.data.markdown.get("tips")).toBe("- [linkki](https://thl.fi)\n- `koodi`");
    expect(result.ok && result.data.text).toBe("Otsikko Eka kappale . linkki koodi");
  });

  it("does not take a heading inside a code block for a section", () => {
    const result = splitSections("fi.md", "## tips\n```\n## basic-idea\n```\n", 1);
    expect(result.ok && [...result.data.markdown.keys()]).toEqual(["tips"]);
  });

  it("names the line of text before the first section", () => {
    const result = splitSections("fi.md", "\nJohdanto\n\n## tips\nx\n", 7);
    expect(result.ok ? null : result.errors[0]).toMatchObject({ line: 7, field: "sections" });
  });

  // The old title pattern backtracked cubically over a run of spaces (2,000 took 2 s): this took days.
  it("reads a heading with 100,000 spaces and a 100,000-character section at once", { timeout: 5_000 }, () => {
    const spaces = " ".repeat(100_000);
    const section = "sana ".repeat(20_000).trim();
    const valid = splitSections("fi.md", `## basic-idea${spaces}##${spaces}\n${section}\n`, 1);
    expect(valid.ok && [...valid.data.markdown]).toEqual([["basic-idea", section]]);
    const unknown = splitSections("fi.md", `## tips${spaces}x\n${section}\n`, 1);
    expect(unknown.ok ? null : unknown.errors[0]?.message).toContain(`unknown section "tips${spaces}x"`);
  });
});
