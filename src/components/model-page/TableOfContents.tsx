// Links to the sections of a model page, so a long description can be skimmed on a phone.
import { useTranslations } from "next-intl";

export function TableOfContents({ entries }: { entries: { id: string; label: string }[] }) {
  const t = useTranslations("ModelPage");
  return (
    <nav aria-labelledby="toc-title" className="rounded-lg border border-slate-300 bg-slate-50 p-4">
      <h2 id="toc-title" className="font-bold">
        {t("tableOfContents")}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className="text-brand underline underline-offset-4">
              {entry.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
