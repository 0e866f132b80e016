// Reads an API request: the reader's language from `locale` (default fi) and the search.
import type { NextRequest } from "next/server";
import { defaultLocale, isLocale, type Locale } from "@/domain/locale";
import { parseSearchParams, type ParamProblem, type SearchParams } from "@/domain/search-params";

export function readSearchRequest(request: NextRequest): { locale: Locale; search: SearchParams; problems: ParamProblem[] } {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const localeValue = params.get("locale") ?? defaultLocale;
  params.delete("locale");
  const { search, problems } = parseSearchParams(params);
  if (!isLocale(localeValue)) {
    problems.push({ param: "locale", value: localeValue, message: "expected one of fi, sv, en" });
    return { locale: defaultLocale, search, problems };
  }
  return { locale: localeValue, search, problems };
}
