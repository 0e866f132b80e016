// "What changed": the publishers' notes on the model's published changes, newest first.
import { getFormatter } from "next-intl/server";
import type { ModelPage } from "@/domain/model";

export async function ChangeNotes({ notes }: { notes: ModelPage["changeNotes"] }) {
  const format = await getFormatter();
  return (
    <ul className="space-y-2">
      {notes.map((n) => (
        <li key={`${n.publishedAt.toISOString()}-${n.note}`}>
          <time dateTime={n.publishedAt.toISOString().slice(0, 10)} className="font-semibold">
            {format.dateTime(n.publishedAt, { dateStyle: "long", timeZone: "Europe/Helsinki" })}
          </time>
          : {n.note}
        </li>
      ))}
    </ul>
  );
}
