// Splits a model's Markdown body into its named sections: each level-2 heading is a section
// key (content/README.md). The Markdown itself is parsed by remark, so headings inside code
// blocks are not mistaken for sections.
import remarkParse from "remark-parse";
import { unified } from "unified";
import { textOfNodes } from "@/domain/markdown";
import type { SectionKey } from "@/domain/model";
import { ContentError } from "./errors";
import type { Parsed } from "./parse";
import { sectionKeySchema } from "./schema";

const parser = unified().use(remarkParse).freeze();

export type Sections = {
  /** Markdown of each section. */
  markdown: Map<SectionKey, string>;
  /** The words of all sections without Markdown syntax, for the search index. */
  text: string;
};

/**
 * The key of a `## key` or `## key ##` line. Trimmed first, so that no pattern starts inside a
 * run of spaces; a closing run of `#`s counts after a space only, as in CommonMark (`## tips#`
 * is the title "tips#"). The single pattern this replaces, /\s*#*\s*$/, backtracked over a
 * long run of spaces inside the line cubically: 8,000 spaces took minutes.
 */
function headingTitle(line: string): string {
  return line.replace(/^##/, "").trim().replace(/(?:^|\s)#+$/, "").trimEnd();
}

/** Splits the body; the Markdown is parsed once, for both the sections and their words. */
export function splitSections(file: string, body: string, bodyLine: number): Parsed<Sections> {
  const tree = parser.parse(body);
  const headings = tree.children.flatMap((node) =>
    node.type === "heading" && node.depth === 2 && node.position ? [node] : [],
  );
  const errors: ContentError[] = [];
  const sections = new Map<SectionKey, string>();
  const text = textOfNodes(tree.children.filter((node) => !(node.type === "heading" && node.depth === 2)));
  const lineOf = (offset: number) => bodyLine + body.slice(0, offset).split("\n").length - 1;

  const firstOffset = headings[0]?.position?.start.offset ?? body.length;
  if (body.slice(0, firstOffset).trim() !== "") {
    errors.push(new ContentError(file, bodyLine, "sections", "text before the first section heading (## basic-idea, …)"));
  }
  headings.forEach((heading, i) => {
    const start = heading.position?.start.offset ?? 0;
    const end = heading.position?.end.offset ?? start;
    const next = headings[i + 1]?.position?.start.offset ?? body.length;
    const title = headingTitle(body.slice(start, end));
    const key = sectionKeySchema.safeParse(title);
    if (!key.success) {
      errors.push(
        new ContentError(file, lineOf(start), "sections", `unknown section "${title}"; use one of ${sectionKeySchema.options.join(", ")}`),
      );
    } else if (sections.has(key.data)) {
      errors.push(new ContentError(file, lineOf(start), `sections.${key.data}`, "this section appears twice"));
    } else {
      sections.set(key.data, body.slice(end, next).trim());
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: { markdown: sections, text } };
}
