// Invitations and password resets as the working area does them: the service writes (with its
// permission check and audit entry), then the link is mailed in the reader's language when
// this installation sends mail, and handed back to show to the admin when it does not.
import "server-only";
import { getTranslations } from "next-intl/server";
import { getAppDb } from "@/db/app";
import type { Locale } from "@/domain/locale";
import { env } from "@/env";
import { getPathname } from "@/i18n/navigation";
import { publicUrl } from "./app";
import { createMailer } from "./mail";
import { linkLifetimes, readLinkToken, setPasswordWithLink, type LinkPurpose } from "./one-time-links";
import { invite, requestReset, resetLinkFor, type Invitation } from "./people-admin";
import type { Viewer } from "./permissions";

const mailer = () => createMailer(env.SMTP_URL, env.PALASET_MAIL_FROM);

function linkFor(locale: Locale, token: string): string {
  return new URL(getPathname({ href: { pathname: "/set-password/[token]", params: { token } }, locale }), publicUrl()).toString();
}

async function mailLink(locale: Locale, purpose: LinkPurpose, to: string, link: string): Promise<boolean> {
  const t = await getTranslations({ locale, namespace: "Mail" });
  const hours = linkLifetimes[purpose] / 3600_000;
  const text = purpose === "invite" ? t("inviteBody", { link, days: hours / 24 }) : t("resetBody", { link, hours });
  try {
    return await mailer().send({ to, subject: purpose === "invite" ? t("inviteSubject") : t("resetSubject"), text });
  } catch {
    return false;
  }
}

export const accountLinks = {
  canMail: () => mailer().canSend,

  /** An invitation: `link` to show when it could not be mailed; null for someone who had an account. */
  invite: async (viewer: Viewer, invitation: Invitation, locale: Locale, address: string) => {
    const { token } = await invite(getAppDb(), viewer, invitation, { address });
    if (!token) return { link: null, mailed: false };
    const link = linkFor(locale, token);
    return { link, mailed: await mailLink(locale, "invite", invitation.email, link) };
  },

  /** A reset link an admin passes on by hand. */
  resetLinkFor: async (viewer: Viewer, userId: string, locale: Locale, address: string) =>
    linkFor(locale, await resetLinkFor(getAppDb(), viewer, userId, { address })),

  /** A reader's own request: mailed if the address is known; the answer is the same either way. */
  requestReset: async (email: string, locale: Locale, address: string) => {
    const request = await requestReset(getAppDb(), email, { address });
    if (request) await mailLink(locale, "reset", request.email, linkFor(locale, request.token));
  },

  /** The e-mail address a valid link is for, or null. */
  emailOf: async (token: string) => {
    const link = await readLinkToken(getAppDb(), token);
    const user = link && (await getAppDb().user.findUnique({ where: { id: link.userId }, select: { email: true, deactivatedAt: true } }));
    return user && !user.deactivatedAt ? user.email : null;
  },

  setPassword: (token: string, password: string, address: string) => setPasswordWithLink(getAppDb(), token, password, address),
};
