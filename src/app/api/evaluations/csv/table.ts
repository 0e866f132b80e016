// The evaluations CSV, one row per evaluation: headers and values in the reader's language,
// each dimension's result in the words of its framework's scale, dates as YYYY-MM-DD, each model's address
// from the configured public address (never the request's Host header). Written like the
// models CSV: UTF-8 with a byte order mark, Windows line ends, formulas made text.
import { stringify } from "csv-stringify/sync";
import type { Messages } from "next-intl";
import type { EvaluationExportRow } from "@/domain/evaluation-data";
import type { Locale } from "@/domain/locale";
import { dimensionKeys, type DimensionKey } from "@/domain/model";
import { localizedUrl } from "@/i18n/metadata";

/** The texts the table needs: its own, and the model page's names of the dimensions. */
export type CsvTexts = {
  csv: (key: keyof Messages["EvaluationsCsv"]) => string;
  evaluation: (key: `dimensions.${DimensionKey}`) => string;
};

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

export function evaluationsCsv(rows: EvaluationExportRow[], locale: Locale, { csv: t, evaluation }: CsvTexts): string {
  const header = [
    t("model"),
    t("address"),
    t("evaluator"),
    t("evaluatedOn"),
    t("framework"),
    t("frameworkVersion"),
    t("nextReview"),
    t("state"),
    t("withdrawnOn"),
    t("withdrawalReason"),
    ...dimensionKeys.map((key) => evaluation(`dimensions.${key}`)),
    t("summary"),
    t("documents"),
    t("changedSinceEvaluated"),
  ];
  const body = rows.map((row) => [
    row.modelName,
    localizedUrl({ pathname: "/models/[slug]", params: { slug: row.modelSlug } }, locale),
    row.evaluator ?? "",
    day(row.evaluatedOn),
    row.framework,
    row.frameworkVersion ?? "",
    row.noReviewPlanned ? t("nonePlanned") : day(row.nextReviewOn),
    row.state === "withdrawn" ? t("withdrawn") : t("published"),
    day(row.withdrawnAt),
    row.withdrawalReason ?? "",
    ...dimensionKeys.map((key) => row.dimensions.find((d) => d.key === key)?.label ?? ""),
    row.summary ?? "",
    String(row.documentCount),
    row.changedSinceEvaluated ? t("yes") : t("no"),
  ]);
  // escape_formulas: a text like "=HYPERLINK(…)" stays text in a spreadsheet, not a formula.
  return stringify([header, ...body], { bom: true, record_delimiter: "windows", escape_formulas: true });
}
