// The problems a form's server action answers with, by field: each said in words beside its
// field (which names it in aria-describedby), and all listed in a summary at the top that takes
// the focus after every failed send, so that a screen reader announces it and the keyboard
// starts from the list of what to fix. For the client forms that use useActionState.
import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";

export type FieldIssue = { field: string; message: string; code?: string };

/**
 * zod's kinds of problem a form may say in words (`problems.<kind>`). Only these codes are
 * looked up, so that no other code reads as one of the form's own problems ("stale"…).
 */
const zodProblems: readonly string[] = ["invalid_format", "too_small", "too_big", "invalid_type", "custom"];

type Options = {
  /** The form's messages: a problem is said by `<namespace>.problems.<its message or kind>`, else `problems.other`. */
  namespace: "ModelEditor" | "EvaluationEditor";
  /** The id of a field's control, by the field's name in the form. */
  idOf: (field: string) => string;
  /** Problems the form opens with (a saved draft's): shown beside the fields until the form is sent. */
  saved?: FieldIssue[];
  /** The editor's language, for a form whose fields sit inside other languages' elements. */
  lang?: string;
};

export function useFormProblems(state: { error: string | null; issues: FieldIssue[] }, { namespace, idOf, saved = [], lang }: Options) {
  const t = useTranslations(namespace);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) summary.current?.focus();
  }, [state]);

  const issues = state.error ? state.issues : saved;
  const issuesOf = (name: string) => issues.filter((i) => i.field === name || i.field.startsWith(`${name}.`));
  const message = (issue: FieldIssue) => {
    const key = [issue.message, zodProblems.includes(issue.code ?? "") && issue.code].find((k) => k && t.has(`problems.${k}` as never));
    return key ? t(`problems.${key}` as never) : t("problems.other");
  };
  /** A field's problems, in the element its control names in aria-describedby. */
  const problems = (name: string) =>
    issuesOf(name).length > 0 && (
      <div id={`${idOf(name)}-problem`} lang={lang} className="mt-1 font-semibold text-red-800">
        {issuesOf(name).map((i) => (
          <p key={i.field + i.message}>{message(i)}</p>
        ))}
      </div>
    );
  /** A control's aria-describedby: the other descriptions given, then its problems if it has any. */
  const described = (name: string, ...more: string[]) =>
    [...more, issuesOf(name).length > 0 ? `${idOf(name)}-problem` : ""].filter(Boolean).join(" ") || undefined;
  const invalid = (name: string) => issuesOf(name).length > 0 || undefined;
  return { summary, message, problems, described, invalid };
}

type SummaryProps = {
  /** From useFormProblems: the summary takes the focus when the form's action fails. */
  ref: RefObject<HTMLDivElement | null>;
  id?: string;
  /** The id of its heading, which names it. */
  headingId: string;
  title: string;
  /** Each problem as a link to its field. */
  links: { href: string; text: ReactNode }[];
  children?: ReactNode;
};

export function ProblemSummary({ ref, id, headingId, title, links, children }: SummaryProps) {
  return (
    <div ref={ref} tabIndex={-1} id={id} aria-labelledby={headingId} className="rounded-lg border-2 border-red-800 p-4">
      <h2 id={headingId} className="text-xl font-bold text-red-800">
        {title}
      </h2>
      {links.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {links.map((link, i) => (
            <li key={i}>
              <a href={link.href} className="text-brand underline">
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
