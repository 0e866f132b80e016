// Where a document is kept, in either storage: a key made from its checksum, never from the
// name a user gave the file, so that a key cannot point outside the storage and the same
// file uploaded twice is kept once.

const checksumPattern = /^[0-9a-f]{64}$/;
/** pdf/<first two hex digits>/<sha256>.pdf; the folder spreads the files over 256 folders. */
const keyPattern = /^pdf\/([0-9a-f]{2})\/\1[0-9a-f]{62}\.pdf$/;

export class InvalidDocumentKeyError extends Error {
  constructor(readonly key: string) {
    super(`not a document key: ${JSON.stringify(key)}`);
    this.name = "InvalidDocumentKeyError";
  }
}

/** The key of a PDF whose SHA-256 checksum (lowercase hex) is `checksum`. */
export function documentKey(checksum: string): string {
  if (!checksumPattern.test(checksum)) throw new InvalidDocumentKeyError(checksum);
  return `pdf/${checksum.slice(0, 2)}/${checksum}.pdf`;
}

/** Refuses anything `documentKey` does not make; each storage calls it before touching a key. */
export function assertDocumentKey(key: string): void {
  if (!keyPattern.test(key)) throw new InvalidDocumentKeyError(key);
}
