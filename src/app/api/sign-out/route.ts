// POST /api/sign-out: the sign-out button of the working area (a plain form, so it works
// without JavaScript). Ends the session on the server and returns to the sign-in page.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { publicUrl, sessions } from "@/auth/app";
import { clientAddressHeader } from "@/domain/client-address";
import { locales } from "@/domain/locale";
import { getPathname } from "@/i18n/navigation";
import { apiRoute } from "@/http/api-route";

const bodySchema = z.object({ locale: z.enum(locales).default("fi") });

export const POST = apiRoute(null, async (request: NextRequest) => {
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(publicUrl()).origin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const parsed = bodySchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  const locale = parsed.success ? parsed.data.locale : "fi";
  const cookies = await sessions.signOut(request.headers, request.headers.get(clientAddressHeader) ?? "unknown");
  const response = NextResponse.redirect(new URL(getPathname({ href: { pathname: "/sign-in", query: { signedOut: "1" } }, locale }), publicUrl()), 303);
  for (const cookie of cookies) response.headers.append("set-cookie", cookie);
  return response;
});
