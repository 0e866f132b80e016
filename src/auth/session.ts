// The signed-in person of the current request, for pages, server actions and route handlers.
// Read anew on every request (not from any cache): a role change or a deactivation applies
// at once. Someone whose roles call for a second factor and who has not set one up counts as
// signed in only on the page where they set it up.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getAppDb } from "@/db/app";
import type { Locale } from "@/domain/locale";
import { env } from "@/env";
import { getPathname, type Href } from "@/i18n/navigation";
import { appAuth } from "./app";
import { rolesNeedSecondFactor, type Viewer } from "./permissions";
import { readViewer } from "./viewer";

/** The request's session, read once per request. */
const currentSession = cache(async () => (await appAuth()).api.getSession({ headers: await headers() }));

/** The session's person, second factor or not; only the enrolment page works with this. */
export const enrollingViewer = cache(async (): Promise<Viewer | null> => {
  const session = await currentSession();
  return session ? readViewer(getAppDb(), session.user.id) : null;
});

/** When the current session ends unless the person does something; null without one. */
export async function sessionExpiry(): Promise<Date | null> {
  return (await currentSession())?.session.expiresAt ?? null;
}

function secondFactorMissing(viewer: Viewer): boolean {
  return env.PALASET_REQUIRE_SECOND_FACTOR && rolesNeedSecondFactor(viewer) && !viewer.twoFactorEnabled;
}

/** The viewer, or null when nobody is signed in (or the user was deactivated, or owes a second factor). */
export async function currentViewer(): Promise<Viewer | null> {
  const viewer = await enrollingViewer();
  return viewer && !secondFactorMissing(viewer) ? viewer : null;
}

/**
 * The viewer; without one, the sign-in page, which returns to `here` afterwards; and, for
 * someone who owes a second factor, the page where they set it up.
 */
export async function requireViewer(locale: Locale, here: Href): Promise<Viewer> {
  const viewer = await enrollingViewer();
  // next/navigation's redirect (typed as never) to a path localized by next-intl.
  if (!viewer) redirect(getPathname({ href: { pathname: "/sign-in", query: { next: getPathname({ href: here, locale }) } }, locale }));
  if (secondFactorMissing(viewer) && here !== "/editorial/second-factor") redirect(getPathname({ href: "/editorial/second-factor", locale }));
  return viewer;
}
