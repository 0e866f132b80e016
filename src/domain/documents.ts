// Where a reader opens an evaluation document: a link as it is, an uploaded file at its stable
// address on this site (named by its checksum, src/app/documents/[file]/route.ts), either at the
// page the evaluation is on; and the address a persistent identifier resolves at.

/** The site address of an uploaded file. */
export const storedFileHref = (checksum: string) => `/documents/${checksum}.pdf`;

export function documentHref(document: { url: string | null; checksum: string | null; page: number | null }): string {
  const address = document.url ?? (document.checksum ? storedFileHref(document.checksum) : "");
  return document.page ? `${address}#page=${document.page}` : address;
}

/**
 * A URN resolves at urn.fi (the national repositories' addresses), a DOI at doi.org; an ISBN
 * names a book but no address.
 */
export function persistentHref(id: string): string | null {
  if (/^urn:/i.test(id)) return `https://urn.fi/${id}`;
  if (/^10\./.test(id)) return `https://doi.org/${id}`;
  return null;
}
