// GET /api/models: the catalogue search as JSON (README, "API"). The parameters are the
// catalogue page's, plus `locale`; a bad parameter is a 400 that says what is wrong.
import { NextResponse, type NextRequest } from "next/server";
import { catalogue } from "@/catalogue";
import { getPathname } from "@/i18n/navigation";
import { pageSize } from "@/search/params";
import { plainSnippet } from "@/search/snippet";
import { invalidParameters } from "../answers";
import { readSearchRequest } from "./request";
import { apiRoute } from "@/http/api-route";

export const GET = apiRoute("search", async (request: NextRequest) => {
  const read = readSearchRequest(request);
  if (!read.ok) return invalidParameters(read.problems);
  const { locale, search } = read;
  const result = await catalogue().searchModels(locale, search);
  return NextResponse.json({
    locale,
    query: search,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    pageSize,
    sort: result.sort,
    results: result.hits.map(({ snippet, ...card }) => ({
      ...card,
      url: getPathname({ href: { pathname: "/models/[slug]", params: { slug: card.slug } }, locale }),
      snippet: snippet === null ? null : plainSnippet(snippet),
    })),
    facets: result.facets,
    unknownValues: result.unknownValues,
  });
});
