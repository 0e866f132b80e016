// The signed-in person of the current request, for pages, server actions and route handlers.
// Read anew on every request (not from any cache): a role change or a deactivation applies
// at once.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getAppDb } from "@/db/app";
import type { Locale } from "@/domain/locale";
import { getPathname, type Href } from "@/i18n/navigation";
import { appAuth } from "./app";
import type { Viewer } from "./permissions";
import { readViewer } from "./viewer";

/** The viewer, or null when nobody is signed in (or the user was deactivated). Once per request. */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const auth = await appAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? readViewer(getAppDb(), session.user.id) : null;
});

/** The viewer; without one, the sign-in page, which returns to `here` afterwards. */
export async function requireViewer(locale: Locale, here: Href): Promise<Viewer> {
  const viewer = await currentViewer();
  // next/navigation's redirect (typed as never) to a path localized by next-intl.
  if (!viewer) redirect(getPathname({ href: { pathname: "/sign-in", query: { next: getPathname({ href: here, locale }) } }, locale }));
  return viewer;
}
