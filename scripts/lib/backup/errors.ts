// The one kind of error backup and restore report: a sentence for the operator, printed alone
// (no stack trace), with a code a caller or test can tell apart.
export type BackupErrorCode =
  | "OUTPUT_EXISTS"
  | "UNWRITABLE"
  | "UNREADABLE"
  | "NOT_A_BACKUP"
  | "WRONG_KIND"
  | "NOTHING_TO_BACK_UP"
  | "IN_USE"
  | "NOT_EMPTY"
  | "SCHEMA_MISMATCH"
  | "UNREACHABLE"
  | "TOOL_MISSING"
  | "TOOL_FAILED";

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "BackupError";
  }
}
