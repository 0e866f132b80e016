// What the evaluation form's action answers (./actions.ts) when it could not finish: the typed
// values to put back, and the problems by field.
export type EvaluationFormState = {
  error: "invalid" | "stale" | "notAllowed" | "signedOut" | "savedNotPublished" | null;
  /** Every posted field, as posted: nothing typed is lost. */
  values: Record<string, string> | null;
  /** Problems by form field ("fi.summary", "evaluator"…): a schema's message or a key. */
  issues: { field: string; message: string; code?: string }[];
  /** After a save that went through but could not be published: the revision to save on next. */
  revision?: number;
};

export const emptyEvaluationFormState: EvaluationFormState = { error: null, values: null, issues: [] };
