// How to cite the model: its developers, name, Palaset, the page's full address and the date
// it was read, in the page's language. On screen and on paper (the print stylesheet keeps it).
import { getFormatter, getTranslations } from "next-intl/server";
import type { ModelPage } from "@/domain/model";

export async function HowToCite({ model, url }: { model: Pick<ModelPage, "name" | "developers">; url: string }) {
  const t = await getTranslations("HowToCite");
  const format = await getFormatter();
  const values = { name: model.name, authors: model.developers.join(", "), url, date: format.dateTime(new Date(), { dateStyle: "long" }) };
  return (
    <section aria-labelledby="how-to-cite-title" className="max-w-3xl rounded-lg border border-slate-300 p-4 break-inside-avoid">
      <h2 id="how-to-cite-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mt-2 break-words">
        {model.developers.length > 0 ? t("citation", values) : t("citationWithoutAuthors", values)}
      </p>
    </section>
  );
}
