// Markdown to safe HTML: remark parses, rehype renders, rehype-sanitize removes raw HTML,
// scripts, event handlers and javascript: links (GitHub's allow-list), and images from other hosts.
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * GitHub's allow-list, except that an image must come from this site: a `src` that is not a
 * path here (/images/…) is dropped, so a description cannot make readers' browsers fetch from
 * another host.
 */
const schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []).filter((a) => a !== "src"), ["src", /^\/(?![/\\])/]],
  },
} satisfies typeof defaultSchema;

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

type MdNode = { type: string; value?: string; children?: MdNode[] };

function collectText(node: MdNode, out: string[]) {
  if (typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) out.push(node.value);
  node.children?.forEach((child) => collectText(child, out));
}

/** The words of parsed Markdown (mdast nodes) without the syntax, for the search index. */
export function textOfNodes(nodes: MdNode[]): string {
  const out: string[] = [];
  nodes.forEach((node) => collectText(node, out));
  return out.join(" ").replace(/\s+/g, " ").trim();
}
