"use server";
// Setting up the second factor: the password first (better-auth asks it before it makes the
// secret), then the first code from the app, which switches it on.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { z } from "zod";
import { accountSecurity } from "@/auth/app";
import { requestAddress } from "@/auth/request-address";
import { enrollingViewer } from "@/auth/session";

export type EnrolmentState =
  | { step: "password"; error: "wrongPassword" | null }
  | { step: "code"; qrSvg: string; secret: string; recoveryCodes: string[]; error: "wrongCode" | null };

export async function enrolmentAction(state: EnrolmentState, form: FormData): Promise<EnrolmentState> {
  const viewer = await enrollingViewer();
  if (!viewer) return { step: "password", error: "wrongPassword" };
  const requestHeaders = await headers();
  if (state.step === "password") {
    const password = z.string().min(1).max(256).safeParse(form.get("password"));
    const enrolment = password.success ? await accountSecurity.start(requestHeaders, password.data) : null;
    if (!enrolment) return { step: "password", error: "wrongPassword" };
    const qrSvg = await QRCode.toString(enrolment.uri, { type: "svg", margin: 1 });
    return { step: "code", qrSvg, secret: enrolment.secret, recoveryCodes: enrolment.recoveryCodes, error: null };
  }
  const code = z.string().trim().regex(/^\d{6}$/).safeParse(form.get("code"));
  const done = code.success && (await accountSecurity.confirm(viewer, requestHeaders, code.data, await requestAddress()));
  if (!done) return { ...state, error: "wrongCode" };
  // The page itself now says it is set up (and lets the person on).
  revalidatePath("/", "layout");
  return { step: "password", error: null };
}
