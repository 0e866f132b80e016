"use client";
// The small form beside a broken link: the new address, which replaces the old one everywhere
// it is used. A refused address is named under the field, which keeps what was typed and takes
// the focus. The browser's own URL check is off (noValidate), so that every refusal comes from
// the server in the page's language.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { Locale } from "@/domain/locale";
import { fixLinkAction } from "./actions";
import { emptyFixLinkState } from "./fix-state";

type Props = {
  locale: Locale;
  url: string;
  /** Unique on the page: the field's id is made from it. */
  id: string;
  /** The id of the element that shows the broken address, which the field and button refer to. */
  addressId: string;
};

export function FixLinkForm({ locale, url, id, addressId }: Props) {
  const t = useTranslations("LinksPage");
  const [state, action, pending] = useActionState(fixLinkAction, emptyFixLinkState);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.problem) field.current?.focus();
  }, [state]);
  const problemId = `${id}-problem`;
  return (
    <form action={action} noValidate className="flex min-w-64 flex-col gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="from" value={url} />
      <label htmlFor={id} className="font-semibold">
        {t("newAddress")}
      </label>
      <input
        ref={field}
        id={id}
        name="to"
        type="url"
        spellCheck={false}
        defaultValue={state.problem ? state.value : url}
        aria-invalid={state.problem ? true : undefined}
        aria-describedby={state.problem ? `${problemId} ${addressId}` : addressId}
        className="rounded border border-slate-500 bg-white px-3 py-2"
      />
      {state.problem && (
        <p id={problemId} className="font-semibold text-red-800">
          {t(`problems.${state.problem}`)}
        </p>
      )}
      <button type="submit" disabled={pending} aria-describedby={addressId} className="self-start rounded border-2 border-brand px-3 py-1 font-semibold text-brand hover:bg-slate-100">
        {t("replace")}
      </button>
    </form>
  );
}
