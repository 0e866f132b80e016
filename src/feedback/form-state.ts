// What the feedback form and its server action share, without zod: the form runs in the
// browser, where zod's compiled parsers would ask for eval, which the page's policy refuses.
/** A field people never see and robots fill in. */
export const honeypotField = "website";

export type FeedbackFormState = {
  status: "idle" | "sent" | "invalid" | "too-many" | "spam";
  /** What the reader typed, given back when the message was not stored. */
  values: { message: string; replyTo: string };
};

export const initialFeedbackState: FeedbackFormState = { status: "idle", values: { message: "", replyTo: "" } };
