// What the model form's action answers (./actions.ts) when it could not finish: the typed
// values to put back, the problems by field, and on a conflict the text saved meanwhile.
export type ModelFormState = {
  error: "invalid" | "stale" | "notAllowed" | "signedOut" | "savedNotSent" | "wrongState" | null;
  /** The model's version to save against next, when a save went through or met another's. */
  version: number | null;
  /** Every posted field, as posted: nothing typed is lost. */
  values: Record<string, string[]> | null;
  /** Problems by form field ("fi.name", "themes"…), messages in English from the schemas or a key. */
  issues: { field: string; message: string; code?: string }[];
  /**
   * After a conflict: the revision saved meanwhile, the fields both changed (with the other
   * text), and the fields only the other changed (their text is in `values` now).
   */
  conflict: { revision: number; fields: { field: string; theirs: string }[]; merged: string[] } | null;
};

export const emptyModelFormState: ModelFormState = { error: null, version: null, values: null, issues: [], conflict: null };
