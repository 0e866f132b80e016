// The working area's frame: its menu, who is signed in, and the sign-out button on every page.
// Each page checks the viewer itself (requireViewer), so it knows where to return after sign-in.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { may } from "@/auth/permissions";
import { enrollingViewer, sessionExpiry } from "@/auth/session";
import { getPathname, Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { notifications } from "@/notifications/app";
import { SessionTimer } from "./_components/SessionTimer";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function EditorialLayout({ children, params }: Props) {
  const locale = await localeFrom(params);
  // Shown to someone still setting up a second factor too, so that they can sign out.
  const [viewer, expiry] = await Promise.all([enrollingViewer(), sessionExpiry()]);
  const [t, unread] = await Promise.all([getTranslations("EditorialLayout"), viewer ? notifications.unread(viewer) : 0]);
  const links = [
    { href: "/editorial" as const, label: t("start"), shown: true },
    { href: "/editorial/notifications" as const, label: unread > 0 ? t("notificationsUnread", { count: unread }) : t("notifications"), shown: viewer !== null },
    { href: "/editorial/models" as const, label: t("models"), shown: may(viewer, "model.read-drafts") },
    { href: "/editorial/evaluations" as const, label: t("evaluations"), shown: may(viewer, "model.read-drafts") },
    { href: "/editorial/people" as const, label: t("people"), shown: may(viewer, "people.manage") },
    { href: "/editorial/audit" as const, label: t("audit"), shown: may(viewer, "audit.read") },
    { href: "/editorial/feedback" as const, label: t("feedback"), shown: may(viewer, "feedback.read") },
    { href: "/editorial/links" as const, label: t("links"), shown: may(viewer, "links.fix") },
    { href: "/editorial/unreviewed" as const, label: t("unreviewed"), shown: may(viewer, "publication.check") },
    { href: "/editorial/second-factor" as const, label: t("secondFactor"), shown: viewer !== null },
    { href: "/editorial/password" as const, label: t("password"), shown: viewer !== null },
  ].filter((l) => l.shown);
  return (
    <div className="space-y-6">
      {viewer && (
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-300 pb-3">
          <nav aria-label={t("navigation")}>
            <ul className="flex flex-wrap gap-4">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="font-semibold text-brand underline-offset-4 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <form method="post" action="/api/sign-out" className="flex items-center gap-3 text-sm">
            <span>{t("signedInAs", { name: viewer.name })}</span>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded border border-brand px-3 py-1 font-semibold text-brand hover:bg-slate-100">
              {t("signOut")}
            </button>
          </form>
        </div>
      )}
      {/* Every message: the working area's forms are client components. */}
      <NextIntlClientProvider>
        {children}
        {expiry && <SessionTimer expiresAt={expiry.toISOString()} signInHref={getPathname({ href: "/sign-in", locale })} />}
      </NextIntlClientProvider>
    </div>
  );
}
