// Search snippets mark where the query matched with the control characters 2 and 3 (they
// cannot occur in content, see cleanQuery), so that no text from the content is ever read
// as HTML: the SQL puts them in (./sql.ts), the page turns them into <mark>, the API drops them.
export const matchStart = "\u0002";
export const matchEnd = "\u0003";

/** A snippet as plain text parts, `marked` where the query matched. */
export function splitSnippet(snippet: string): { text: string; marked: boolean }[] {
  return snippet
    .split(/(\u0002[^\u0003]*\u0003)/)
    .filter((part) => part !== "")
    .map((part) => (part.startsWith(matchStart) ? { text: part.slice(1, -1), marked: true } : { text: part, marked: false }));
}

/** A snippet without its marks. */
export function plainSnippet(snippet: string): string {
  return snippet.replace(/[\u0002\u0003]/g, "");
}
