// Parses one content file (YAML, or Markdown with YAML front matter) and validates it with a
// zod schema. Errors point at the line of the offending field.
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { ContentError } from "./errors";

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: ContentError[] };

type Path = readonly PropertyKey[];

function fieldName(path: Path): string {
  return path.length === 0 ? "(file)" : path.map(String).join(".");
}

/** The line of the deepest node of `path` that exists in the document. */
function lineOf(doc: Document, lines: LineCounter, path: Path, firstLine: number): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node && typeof node === "object" && "range" in node && Array.isArray(node.range)) {
      return firstLine + lines.linePos(node.range[0]).line - 1;
    }
  }
  return firstLine;
}

/** The line of the field at `path` in a YAML file (or of its nearest parent that is there). */
export function lineInYaml(source: string, path: Path): number {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  return lineOf(doc, lines, path, 1);
}

/** Parses YAML text that starts at `firstLine` of `file` and validates it. */
export function parseYaml<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  firstLine = 1,
): Parsed<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const line = firstLine + (e.linePos?.[0]?.line ?? 1) - 1;
        return new ContentError(file, line, "(yaml)", e.message.split("\n")[0] ?? e.code);
      }),
    };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map(
      (issue) =>
        new ContentError(file, lineOf(doc, lines, issue.path, firstLine), fieldName(issue.path), issue.message),
    ),
  };
}

export type MarkdownFile<T> = { data: T; body: string; bodyLine: number };

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses a Markdown file with YAML front matter between `---` lines. */
export function parseMarkdown<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
): Parsed<MarkdownFile<z.output<S>>> {
  const match = frontMatter.exec(source);
  if (!match) {
    return { ok: false, errors: [new ContentError(file, 1, "(front matter)", "the file must start with YAML front matter between --- lines")] };
  }
  const yamlText = match[1] ?? "";
  const parsed = parseYaml(file, yamlText, schema, 2);
  if (!parsed.ok) return parsed;
  const bodyLine = match[0].split("\n").length;
  return { ok: true, data: { data: parsed.data, body: source.slice(match[0].length), bodyLine } };
}
