// GET /api/models/csv: every model of a search as a CSV file, UTF-8 with a byte order mark
// so that Excel shows å, ä and ö right. Lenient like the catalogue page it is linked from.
// The models' addresses start from the configured public address, not the request's Host.
import { stringify } from "csv-stringify/sync";
import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { catalogue } from "@/catalogue";
import { localizedUrl } from "@/i18n/metadata";
import { maxExportRows } from "@/search/params";
import { readSearchRequestLeniently } from "../request";
import { apiRoute } from "@/http/api-route";

export const GET = apiRoute("csv", async (request: NextRequest) => {
  const { locale, search } = readSearchRequestLeniently(request);
  const [result, t, languages] = await Promise.all([
    catalogue().searchModels(locale, { ...search, page: 1 }, maxExportRows),
    getTranslations({ locale, namespace: "ModelsPage.csv" }),
    getTranslations({ locale, namespace: "Languages" }),
  ]);
  const rows = result.hits.map((hit) => [
    hit.name,
    hit.shortDescription,
    localizedUrl({ pathname: "/models/[slug]", params: { slug: hit.slug } }, locale),
    hit.themes.map((x) => x.label).join("; "),
    hit.regions.map((x) => x.label).join("; "),
    hit.developmentStage?.label ?? "",
    hit.hasEvaluation ? t("yes") : t("no"),
    hit.availableLocales.map((l) => languages(l)).join("; "),
  ]);
  const header = [t("name"), t("shortDescription"), t("address"), t("themes"), t("regions"), t("stage"), t("evaluated"), t("languages")];
  // escape_formulas: a name like "=SUM(…)" stays text in a spreadsheet, not a formula.
  const csv = stringify([header, ...rows], { bom: true, record_delimiter: "windows", escape_formulas: true });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="palaset-${locale}.csv"`,
    },
  });
});
