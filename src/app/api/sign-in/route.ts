// POST /api/sign-in: e-mail and password. The sign-in page posts here as JSON (answers 200
// with where to go next, 401, or 429 with Retry-After); without JavaScript its form posts here
// directly and is sent on with a 303: to the page asked for, to the second-factor step, or back
// to the form with the reason.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { publicUrl, sessions } from "@/auth/app";
import { clientAddressHeader } from "@/domain/client-address";
import { returnTo } from "@/auth/return-to";
import { locales } from "@/domain/locale";
import { getPathname } from "@/i18n/navigation";
import { apiRoute } from "@/http/api-route";

const bodySchema = z.object({
  email: z.string().trim().max(254),
  password: z.string().min(1).max(256),
  locale: z.enum(locales).default("fi"),
  next: z.string().optional(),
});

export const POST = apiRoute(null, async (request: NextRequest) => {
  // A form on another site must not sign a reader in to an account of its choosing.
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(publicUrl()).origin) return NextResponse.json({ error: "forbidden" }, { status: 403 });

  const isForm = (request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded");
  const raw = isForm ? Object.fromEntries(await request.formData()) : await request.json().catch(() => null);
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) return NextResponse.json({ error: "invalid-request", problems: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const { email, password, locale } = parsed.data;
  const destination = returnTo(parsed.data.next, getPathname({ href: "/editorial", locale }));

  const outcome = await sessions.signIn({
    email,
    password,
    address: request.headers.get(clientAddressHeader) ?? "unknown",
    headers: request.headers,
  });

  const signInPage = (query: Record<string, string>) =>
    new URL(getPathname({ href: { pathname: "/sign-in", query: { ...query, next: destination } }, locale }), publicUrl());
  if (outcome.kind === "signed-in" || outcome.kind === "second-factor") {
    const next =
      outcome.kind === "signed-in" ? destination : getPathname({ href: { pathname: "/sign-in/second-factor", query: { next: destination } }, locale });
    const response = isForm ? NextResponse.redirect(new URL(next, publicUrl()), 303) : NextResponse.json({ redirect: next });
    for (const cookie of outcome.setCookies) response.headers.append("set-cookie", cookie);
    return response;
  }
  if (outcome.kind === "throttled") {
    const minutes = String(Math.ceil(outcome.retryAfterSeconds / 60));
    const headers = { "retry-after": String(outcome.retryAfterSeconds) };
    return isForm
      ? NextResponse.redirect(signInPage({ error: "throttled", minutes }), { status: 303, headers })
      : NextResponse.json({ error: "throttled", retryAfterSeconds: outcome.retryAfterSeconds }, { status: 429, headers });
  }
  return isForm ? NextResponse.redirect(signInPage({ error: "invalid" }), 303) : NextResponse.json({ error: "invalid" }, { status: 401 });
});
