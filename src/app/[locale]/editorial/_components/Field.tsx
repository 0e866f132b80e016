// A field of a working-area form as they all lay it out: the label above, a help text if any,
// the control full width, then what belongs under it (its problems, a checkbox that goes with
// it). Most fields are a one-line input, so that is the default and takes the input's props.
import type { ComponentProps, ReactElement, ReactNode } from "react";

/** The look of a working-area input, select or textarea. */
export const fieldControl = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";

type Props = Omit<ComponentProps<"input">, "id" | "children"> & {
  id: string;
  label: ReactNode;
  /** Shown between label and control with the id `${id}-help`, which the control names in aria-describedby. */
  help?: string;
  /** A select or textarea in place of the input: it carries the same id and its own aria-describedby. */
  control?: ReactElement;
  children?: ReactNode;
};

export function Field({ id, label, help, control, children, ...input }: Props) {
  const helpId = `${id}-help`;
  const describedBy = [help && helpId, input["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {help && <p id={helpId} className="text-sm text-slate-700">{help}</p>}
      {control ?? <input id={id} className={fieldControl} {...input} aria-describedby={describedBy} />}
      {children}
    </div>
  );
}
