// A discussion in the working area, oldest first, with a form to add to it for those who may:
// an evaluation's (with the model's own people) and the remarks on a model's text. Both go
// through one action, which files the comment under the model and, if given, the evaluation.
import { getFormatter } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import type { EvaluationComment } from "@/editorial/evaluations";
import { commentAction } from "../evaluations/actions";
import { fieldControl } from "./Field";

type Props = {
  locale: Locale;
  /** What the comments are on. */
  on: { modelId: string; evaluationId?: string };
  comments: EvaluationComment[];
  canComment: boolean;
  /** The heading's id, which names the section, and the comment field's. */
  ids: { heading: string; field: string };
  text: { title: string; help?: string; empty: string; label: string; send: string };
  /** Framed like the other sections of the page it is on. */
  framed?: boolean;
};

export async function CommentThread({ locale, on, comments, canComment, ids, text, framed = false }: Props) {
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" });
  return (
    <section aria-labelledby={ids.heading} className={framed ? "space-y-3 rounded-lg border border-slate-300 p-4" : "space-y-3"}>
      <h2 id={ids.heading} className="text-2xl font-bold">{text.title}</h2>
      {text.help && <p>{text.help}</p>}
      {comments.length === 0 ? (
        <p className="italic">{text.empty}</p>
      ) : (
        <ol className="space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="rounded border border-slate-300 p-3">
              <p className="text-sm text-slate-700">{c.authorName}, {when(c.createdAt)}</p>
              <p className="whitespace-pre-line">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <form action={commentAction} className="space-y-2">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="modelId" value={on.modelId} />
          {on.evaluationId && <input type="hidden" name="evaluationId" value={on.evaluationId} />}
          <label htmlFor={ids.field} className="block font-semibold">{text.label}</label>
          <textarea id={ids.field} name="body" rows={3} required className={fieldControl} />
          <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{text.send}</button>
        </form>
      )}
    </section>
  );
}
