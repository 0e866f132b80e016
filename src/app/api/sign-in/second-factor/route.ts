// POST /api/sign-in/second-factor: the code from the authenticator app, or a recovery code,
// after the password (/api/sign-in). As there: JSON from the page (200 or 401), or a plain form
// post without JavaScript, sent on with a 303.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { publicUrl, sessions } from "@/auth/app";
import { clientAddressHeader } from "@/domain/client-address";
import { returnTo } from "@/auth/return-to";
import { locales } from "@/domain/locale";
import { getPathname } from "@/i18n/navigation";
import { apiRoute } from "@/http/api-route";

const bodySchema = z.object({
  code: z.string().trim().min(6).max(40),
  recovery: z.union([z.boolean(), z.literal("on")]).optional().transform((v) => v === true || v === "on"),
  locale: z.enum(locales).default("fi"),
  next: z.string().optional(),
});

export const POST = apiRoute(null, async (request: NextRequest) => {
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(publicUrl()).origin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const isForm = (request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded");
  const raw = isForm ? Object.fromEntries(await request.formData()) : await request.json().catch(() => null);
  const parsed = bodySchema.safeParse(raw);
  const locale = parsed.success ? parsed.data.locale : "fi";
  const destination = returnTo(parsed.success ? parsed.data.next : undefined, getPathname({ href: "/editorial", locale }));
  const outcome = parsed.success
    ? await sessions.signInSecondFactor({ code: parsed.data.code, recovery: parsed.data.recovery, address: request.headers.get(clientAddressHeader) ?? "unknown", headers: request.headers })
    : { kind: "invalid" as const };
  if (outcome.kind === "signed-in") {
    const response = isForm ? NextResponse.redirect(new URL(destination, publicUrl()), 303) : NextResponse.json({ redirect: destination });
    for (const cookie of outcome.setCookies) response.headers.append("set-cookie", cookie);
    return response;
  }
  const again = getPathname({ href: { pathname: "/sign-in/second-factor", query: { next: destination, error: "invalid" } }, locale });
  return isForm ? NextResponse.redirect(new URL(again, publicUrl()), 303) : NextResponse.json({ error: "invalid" }, { status: 401 });
});
