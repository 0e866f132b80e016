"use client";
// The upload form's file field. A file over the limit is refused here, before it is sent:
// the server would refuse it only after receiving 20 MB, and, not reading such a body at all,
// could not give back what was typed in the other fields.
import type { ChangeEvent } from "react";

type Props = { id: string; maxBytes: number; tooLarge: string };

export function PdfFileInput({ id, maxBytes, tooLarge }: Props) {
  const check = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.setCustomValidity(file && file.size > maxBytes ? tooLarge : "");
    event.currentTarget.reportValidity();
  };
  return <input id={id} name="file" type="file" accept="application/pdf,.pdf" required className="mt-1" onChange={check} />;
}
