"use client";
// The search field. The page becomes interactive with a plain text field of the surrounding GET
// form; the type-ahead's code (./SearchCombobox) loads after that, when the browser is idle or
// as soon as the field gets focus, whichever comes first, and takes the field's place: with
// what was typed, the caret where it was, and the focus if the field had it (issue 14: the
// type-ahead loads after the page is interactive). Without JavaScript it stays the plain field.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ComponentType } from "react";
import type { ComboboxProps } from "./SearchCombobox";

/** What the plain field and the combobox that replaces it share: the box around the field, and the field. */
export const fieldBoxClass = "relative min-w-0 flex-1";
export const fieldProps = {
  id: "catalogue-search",
  type: "text",
  name: "q",
  autoComplete: "off",
  maxLength: 200,
  className: "w-full rounded border border-slate-500 px-3 py-2",
} as const;

type Loaded = { Combobox: ComponentType<ComboboxProps>; props: ComboboxProps };

export function SearchField({ defaultValue }: { defaultValue: string }) {
  const t = useTranslations("SearchForm");
  const field = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let started = false;
    const load = async () => {
      if (started) return;
      started = true;
      const { SearchCombobox } = await import("./SearchCombobox");
      const input = field.current;
      if (!input) return;
      const focused = document.activeElement === input;
      setLoaded({
        Combobox: SearchCombobox,
        props: {
          defaultValue: input.value,
          typed: input.value !== defaultValue,
          selection: focused ? [input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length] : null,
        },
      });
    };
    const input = field.current;
    input?.addEventListener("focus", load);
    // Safari has no requestIdleCallback: there a timer stands in for it.
    const idle = window.requestIdleCallback ? window.requestIdleCallback(load, { timeout: 2000 }) : window.setTimeout(load, 200);
    return () => {
      input?.removeEventListener("focus", load);
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [defaultValue]);

  if (loaded) return <loaded.Combobox {...loaded.props} />;
  return (
    <div className={fieldBoxClass}>
      <input ref={field} {...fieldProps} defaultValue={defaultValue} placeholder={t("placeholder")} />
    </div>
  );
}
