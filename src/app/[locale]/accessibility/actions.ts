"use server";
// Stores a reader's feedback from the accessibility statement. A filled honeypot field or the
// hourly limit per sender refuses the message with a polite word; the typed text comes back.
import { requestAddress } from "@/auth/request-address";
import { feedback } from "@/feedback/app";
import { parseFeedbackForm } from "@/feedback/form";
import type { FeedbackFormState } from "@/feedback/form-state";

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

export async function sendFeedbackAction(_state: FeedbackFormState, form: FormData): Promise<FeedbackFormState> {
  const values = { message: text(form, "message"), replyTo: text(form, "replyTo") };
  const parsed = parseFeedbackForm(form);
  if (parsed.kind !== "ok") return { status: parsed.kind, values };
  const result = await feedback.submit(parsed.feedback, await requestAddress());
  if (!result.stored) return { status: "too-many", values };
  return { status: "sent", values: { message: "", replyTo: "" } };
}
