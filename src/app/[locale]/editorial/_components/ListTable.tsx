// The table the working area lists things in (models, evaluations, broken links, people, the
// audit log): it scrolls sideways on a narrow screen rather than squeezing its columns, and is
// named by a caption only screen readers show, since the page's heading already says it.
import type { ReactNode } from "react";

type Props = {
  caption: string;
  /** The column headings, in order. */
  columns: string[];
  /** Classes added to the table's own. */
  className?: string;
  /** The rows: `tr`s with `p-2` cells. */
  children: ReactNode;
  /** Said under the table, inside its scrolling box. */
  footer?: ReactNode;
};

export function ListTable({ caption, columns, className, children, footer }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className={className ? `w-full text-left ${className}` : "w-full text-left"}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {columns.map((column, i) => (
              <th key={i} scope="col" className="p-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}
