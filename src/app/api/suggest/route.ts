// GET /api/suggest?locale=fi&q=…: type-ahead suggestions, each with the address it leads to.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { catalogue } from "@/catalogue";
import { locales } from "@/domain/locale";
import { getPathname } from "@/i18n/navigation";
import { cleanQuery, maxQueryLength } from "@/search/params";
import type { SuggestionLink } from "@/search/types";
import { apiRoute } from "@/http/api-route";

const schema = z.object({
  locale: z.enum(locales).default("fi"),
  q: z.string().max(maxQueryLength).transform(cleanQuery),
});

export const GET = apiRoute("search", async (request: NextRequest) => {
  const parsed = schema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    return NextResponse.json({ error: `Invalid parameters: ${z.prettifyError(parsed.error)}` }, { status: 400 });
  }
  const { locale, q } = parsed.data;
  const suggestions = await catalogue().suggest(locale, q);
  return NextResponse.json({
    suggestions: suggestions.map((s): SuggestionLink => ({
      kind: s.kind,
      label: s.label,
      href:
        s.kind === "model"
          ? getPathname({ href: { pathname: "/models/[slug]", params: { slug: s.slug } }, locale })
          : getPathname({ href: { pathname: "/models", query: { [s.kind]: s.value } }, locale }),
    })),
  });
});
