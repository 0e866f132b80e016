// What the model form's action answers (./actions.ts) when it could not finish: the typed
// values to put back, the problems by field, and on a conflict the text saved meanwhile.
export type ModelFormState = {
  error: "invalid" | "stale" | "notAllowed" | "signedOut" | null;
  /** Every posted field, as posted: nothing typed is lost. */
  values: Record<string, string[]> | null;
  /** Problems by form field ("fi.name", "themes"…), messages in English from the schemas or a key. */
  issues: { field: string; message: string; code?: string }[];
  /** After a conflict: the version to save against now, and the other text of each field that differs. */
  conflict: { version: number; fields: { field: string; theirs: string }[] } | null;
};

export const emptyModelFormState: ModelFormState = { error: null, values: null, issues: [], conflict: null };
