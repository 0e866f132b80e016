// A model's evaluations on its page in the working area, with their state (a coordinator starts
// a new one here). Remarks on the model's text are the discussion (ModelDiscussion.tsx).
import { getFormatter, getTranslations } from "next-intl/server";
import { may, type Viewer } from "@/auth/permissions";
import type { Locale } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { Link } from "@/i18n/navigation";
import { createEvaluationAction } from "../../evaluations/actions";

type Props = { locale: Locale; viewer: Viewer; modelId: string; organisationIds: string[] };

export async function ModelEvaluations({ locale, viewer, modelId, organisationIds }: Props) {
  const [t, states, format] = await Promise.all([getTranslations("ModelEvaluations"), getTranslations("EvaluationEditor.states"), getFormatter()]);
  const evaluations = await editorial.evaluations.list(viewer, { modelId });
  const target = { organisationIds };
  return (
      <section aria-labelledby="model-evaluations" className="space-y-3 rounded-lg border border-slate-300 p-4">
        <h2 id="model-evaluations" className="text-2xl font-bold">{t("title")}</h2>
        {evaluations.length === 0 ? (
          <p className="italic">{t("none")}</p>
        ) : (
          <ul className="space-y-1">
            {evaluations.map((e) => (
              <li key={e.id}>
                <Link href={{ pathname: "/editorial/evaluations/[id]", params: { id: e.id } }} className="text-brand underline">
                  {[e.evaluator ?? t("noEvaluator"), e.evaluatedOn && format.dateTime(e.evaluatedOn, { dateStyle: "medium", timeZone: "UTC" })].filter(Boolean).join(", ")}
                </Link>{" "}
                ({states(e.state)}){e.changedSinceEvaluated && ` · ${t("changedSinceEvaluated")}`}
              </li>
            ))}
          </ul>
        )}
        {may(viewer, "evaluation.edit", target) && (
          <form action={createEvaluationAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="modelId" value={modelId} />
            <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("add")}</button>
          </form>
        )}
      </section>
  );
}
