// A content problem that names the file, the line and the field, so an editor can fix it.
export class ContentError extends Error {
  readonly code = "CONTENT_INVALID";

  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${field}: ${problem}`);
    this.name = "ContentError";
  }
}

/** All problems found in one pass over the content folder. */
export class ContentErrors extends Error {
  readonly code = "CONTENT_INVALID";

  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} problem(s) in content:\n${errors.map((e) => `  ${e.message}`).join("\n")}`);
    this.name = "ContentErrors";
  }
}
