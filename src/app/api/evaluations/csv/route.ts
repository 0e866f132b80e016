// GET /api/evaluations/csv: the published and withdrawn evaluations of published models as a CSV
// file, one row per evaluation, for reports to funders (README, "Search and the API"). Filters:
// collection, county, from, to; texts in `locale`. Drafts are never in it. A malformed or unknown
// parameter, or a filter value that names nothing, is a 400 that says which.
import { finnishToday } from "@/domain/finnish-time";
import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { catalogue } from "@/catalogue";
import { invalidParameters } from "../../answers";
import { readEvaluationExportRequest, unknownValueProblems } from "./request";
import { evaluationsCsv } from "./table";
import { apiRoute } from "@/http/api-route";

/** Today in Finland as YYYY-MM-DD (Swedish writes dates in ISO order): the file says when it was taken. */

export const GET = apiRoute("csv", async (request: NextRequest) => {
  const read = readEvaluationExportRequest(request.nextUrl.searchParams);
  if (!read.ok) return invalidParameters(read.problems);
  const { locale, filter } = read;
  const [result, csv, evaluation] = await Promise.all([
    catalogue().listEvaluationExport(locale, filter),
    getTranslations({ locale, namespace: "EvaluationsCsv" }),
    getTranslations({ locale, namespace: "ModelPage.evaluation" }),
  ]);
  if (result.unknownValues.length > 0) return invalidParameters(unknownValueProblems(result.unknownValues));
  const body = evaluationsCsv(result.rows, locale, { csv: (key) => csv(key), evaluation: (key) => evaluation(key) });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="palaset-evaluations-${finnishToday()}.csv"`,
    },
  });
});
