// The answers the gate (./gate.ts) gives before a page renders or an API route reads anything:
// 503 while the database is down and 429 when a client asks too often. Pages get a small page of
// their own in the reader's language (no React, no database, no script), with `Retry-After`;
// the API gets JSON.
import { createTranslator } from "next-intl";
import { NextResponse } from "next/server";
import { defaultLocale, isLocale, type Locale } from "@/domain/locale";
import { routing } from "@/i18n/routing";
import en from "../../messages/en.json";
import fi from "../../messages/fi.json";
import sv from "../../messages/sv.json";

const messages = { fi, sv, en };

/** The reader's language: the address's locale, else the locale cookie, else Finnish. */
export function readerLocale(pathname: string, localeCookie: string | undefined): Locale {
  const first = pathname.split("/")[1] ?? "";
  if (isLocale(first)) return first;
  return localeCookie && isLocale(localeCookie) ? localeCookie : defaultLocale;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function page(locale: Locale, title: string, description: string, link: { href: string; label: string }): string {
  const siteName = messages[locale].Layout.siteName;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ${escapeHtml(siteName)}</title>
<style>body{font-family:system-ui,sans-serif;color:#0f172a;margin:0}header{background:#1f4e79;color:#fff;padding:.75rem 1rem;font-weight:700;font-size:1.25rem}main{max-width:48rem;margin:0 auto;padding:2rem 1rem}h1{color:#1f4e79}a{color:#1f4e79;font-weight:600}</style>
</head>
<body>
<header>${escapeHtml(siteName)}</header>
<main id="main">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(description)}</p>
<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>
</main>
</body>
</html>
`;
}

type Answer = { status: 503 | 429; retryAfterSeconds: number };

function answer(request: { pathname: string; api: boolean }, locale: Locale, { status, retryAfterSeconds }: Answer, text: { title: string; description: string; api: string }, link: { href: string; label: string }) {
  const headers = { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" };
  if (request.api) return NextResponse.json({ error: text.api }, { status, headers });
  return new NextResponse(page(locale, text.title, text.description, link), {
    status,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

export type AnswerRequest = { pathname: string; api: boolean; locale: Locale };

/** 503: the database does not answer. The link tries the same address again. */
export function unavailable(request: AnswerRequest, retryAfterSeconds = 5) {
  const t = createTranslator({ locale: request.locale, messages: messages[request.locale], namespace: "UnavailablePage" });
  return answer(request, request.locale, { status: 503, retryAfterSeconds }, { title: t("title"), description: t("description"), api: t("api") }, { href: request.pathname, label: t("retry") });
}

/** 429: this client has asked too often; it may ask again after `retryAfterSeconds`. */
export function tooManyRequests(request: AnswerRequest, retryAfterSeconds: number) {
  const t = createTranslator({ locale: request.locale, messages: messages[request.locale], namespace: "TooManyRequestsPage" });
  const seconds = retryAfterSeconds;
  const home = createTranslator({ locale: request.locale, messages: messages[request.locale], namespace: "ErrorPage" });
  return answer(
    request,
    request.locale,
    { status: 429, retryAfterSeconds },
    { title: t("title"), description: t("description", { seconds }), api: t("api", { seconds }) },
    { href: `/${request.locale}${routing.pathnames["/models"][request.locale]}`, label: home("toCatalogue") },
  );
}
