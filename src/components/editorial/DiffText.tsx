// Changed text marked up for every reader: removals struck through and additions underlined
// (not told by colour alone), each announced to screen readers, and a line break that was
// added or removed shown as ¶, since a struck-through line end cannot be seen.
import { useLocale, useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import type { DiffPart } from "@/editorial/diff";

const styles = {
  removed: "bg-red-50 text-red-900 line-through decoration-red-900 decoration-2",
  added: "bg-green-50 text-green-900 underline decoration-green-900 decoration-2 underline-offset-4",
};

export function Change({ kind, children }: { kind: "added" | "removed"; children: ReactNode }) {
  const t = useTranslations("RevisionDiff");
  // The announcement is in the page's language even inside a text in another one.
  const lang = useLocale();
  const Tag = kind === "added" ? "ins" : "del";
  return (
    <Tag className={styles[kind]}>
      <span className="sr-only" lang={lang}>
        {t(kind)}{" "}
      </span>
      {children}
    </Tag>
  );
}

function LineBreak() {
  const t = useTranslations("RevisionDiff");
  return (
    <>
      <span aria-hidden="true">¶</span>
      <span className="sr-only" lang={useLocale()}>
        {t("lineBreak")}
      </span>
    </>
  );
}

/** A text's parts, for a container that keeps white space (whitespace-pre-wrap). */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, i) => {
    if (!part.added && !part.removed) return <Fragment key={i}>{part.value}</Fragment>;
    const onlyLineBreaks = part.value.includes("\n") && part.value.trim() === "";
    return (
      <Change key={i} kind={part.added ? "added" : "removed"}>
        {onlyLineBreaks && <LineBreak />}
        {part.value}
      </Change>
    );
  });
}
