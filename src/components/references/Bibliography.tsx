// A reading list: author, year, title, publisher, in the order given.
import type { Reference } from "@/domain/model";

export function Bibliography({ references }: { references: Reference[] }) {
  return (
    <ul className="space-y-2">
      {references.map((r, i) => (
        <li key={i} className="leading-relaxed">
          {r.authors && <span>{r.authors} </span>}
          {r.year && <span>({r.year}). </span>}
          {r.url ? (
            <a href={r.url} className="italic text-brand underline">
              {r.title}
            </a>
          ) : (
            <cite>{r.title}</cite>
          )}
          {r.publisher && <span>. {r.publisher}</span>}.
        </li>
      ))}
    </ul>
  );
}
