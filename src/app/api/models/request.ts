// Reads an API request: the reader's language from `locale` (default fi) and the search.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { defaultLocale, locales, type Locale } from "@/domain/locale";
import { parseSearchLenient, parseSearchStrict, type ParamProblem, type SearchParams } from "@/search/params";

const localeSchema = z.enum(locales).default(defaultLocale);

function split(request: NextRequest) {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const locale = localeSchema.safeParse(params.get("locale") ?? undefined);
  params.delete("locale");
  return { params, locale };
}

/** Strict, for the JSON API: the locale and search, or every problem with them. */
export function readSearchRequest(request: NextRequest): { ok: true; locale: Locale; search: SearchParams } | { ok: false; problems: ParamProblem[] } {
  const { params, locale } = split(request);
  const search = parseSearchStrict(params);
  const problems = [
    ...(locale.success ? [] : [{ param: "locale", value: request.nextUrl.searchParams.get("locale") ?? "", message: "expected one of fi, sv, en" }]),
    ...(search.ok ? [] : search.problems),
  ];
  if (!locale.success || !search.ok) return { ok: false, problems };
  return { ok: true, locale: locale.data, search: search.search };
}

/** Lenient, for a download linked from a page: what cannot be used is left out. */
export function readSearchRequestLeniently(request: NextRequest): { locale: Locale; search: SearchParams } {
  const { params, locale } = split(request);
  return { locale: locale.success ? locale.data : defaultLocale, search: parseSearchLenient(params) };
}
