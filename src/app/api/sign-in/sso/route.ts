// GET /api/sign-in/sso?locale=fi&next=…: single sign-on through the organisation's own
// provider. A plain link (it works without JavaScript): sends the reader to the provider, which
// returns them to better-auth's callback (/api/auth/callback/sso) and then to `next`.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { publicUrl, sessions } from "@/auth/app";
import { returnTo } from "@/auth/return-to";
import { locales } from "@/domain/locale";
import { getPathname } from "@/i18n/navigation";
import { apiRoute } from "@/http/api-route";

const querySchema = z.object({ locale: z.enum(locales).catch("fi"), next: z.string().optional() });

export const GET = apiRoute(null, async (request: NextRequest) => {
  const { locale, next } = querySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const destination = returnTo(next, getPathname({ href: "/editorial", locale }));
  const failed = getPathname({ href: { pathname: "/sign-in", query: { error: "sso", next: destination } }, locale });
  const { url, setCookies } = await sessions.startSingleSignOn(request.headers, destination, failed);
  const response = NextResponse.redirect(url ?? new URL(failed, publicUrl()), 303);
  for (const cookie of setCookies) response.headers.append("set-cookie", cookie);
  return response;
});
