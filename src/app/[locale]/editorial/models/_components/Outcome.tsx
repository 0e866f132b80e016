"use client";
// What the last step did (or why it did not), after the redirect that ended it: shown at the
// top and focused, so that a screen reader reads it and the keyboard starts from there.
import { useEffect, useRef } from "react";

export function Outcome({ kind, children }: { kind: "done" | "problem"; children: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [children]);
  return (
    <p ref={ref} tabIndex={-1} id="outcome" className={kind === "done" ? "font-semibold text-green-900" : "font-semibold text-red-800"}>
      {children}
    </p>
  );
}
