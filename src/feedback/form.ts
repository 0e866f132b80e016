// The feedback form's fields as the server reads them. The honeypot field ("website") is
// checked apart: a filled one is a robot's, and its message is not stored.
import { z } from "zod";
import { locales } from "@/domain/locale";
import { honeypotField } from "./form-state";
import { maxMessageLength } from "./messages";

export const feedbackFormSchema = z.object({
  locale: z.enum(locales),
  /** A path of this site: the page the message concerns. */
  page: z.string().regex(/^\/[a-z0-9/-]{0,200}$/),
  message: z.string().trim().min(1).max(maxMessageLength),
  replyTo: z.union([z.literal("").transform(() => undefined), z.email().max(254)]).optional(),
});


export type ParsedFeedbackForm =
  | { kind: "ok"; feedback: z.infer<typeof feedbackFormSchema> }
  | { kind: "spam" }
  | { kind: "invalid" };

/** Reads a posted form: a filled honeypot first (nothing else is looked at), then the fields. */
export function parseFeedbackForm(form: FormData): ParsedFeedbackForm {
  const honeypot = form.get(honeypotField);
  if (typeof honeypot === "string" && honeypot !== "") return { kind: "spam" };
  const parsed = feedbackFormSchema.safeParse(Object.fromEntries(form));
  return parsed.success ? { kind: "ok", feedback: parsed.data } : { kind: "invalid" };
}
