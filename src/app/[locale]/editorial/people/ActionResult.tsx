"use client";
// The answer of a people-page action, announced to screen readers: done, or what went wrong,
// and a one-time link to pass on when there is one.
import { useTranslations } from "next-intl";
import type { AdminState } from "./admin-state";

export function ActionResult({ state }: { state: AdminState }) {
  const t = useTranslations("PeopleAdmin");
  const email = state.email ?? "";
  const text = state.error ? t(state.error) : state.done ? t(state.done, { email }) : "";
  return (
    <div role={state.error ? "alert" : "status"} className={state.error ? "font-semibold text-red-800" : "font-semibold text-green-900"}>
      {text}
      {state.link && (
        <p className="mt-1 break-all font-normal">
          <a href={state.link} className="text-brand underline" data-testid="one-time-link">
            {state.link}
          </a>
        </p>
      )}
    </div>
  );
}
