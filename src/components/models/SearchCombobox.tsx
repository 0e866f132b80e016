"use client";
// The search box with type-ahead suggestions, following the WAI-ARIA combobox pattern (list
// autocomplete): arrow keys move through the suggestions, Enter opens the chosen one, Escape
// closes the list, and a live region says how many there are. It is loaded after the page is
// interactive and replaces the plain field (./SearchField), which is what a reader without
// JavaScript gets: there Enter submits the search.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { SuggestionLink as Suggestion } from "@/search/types";
import { fieldBoxClass, fieldProps } from "./SearchField";

export type ComboboxProps = {
  /** What the plain field held. */
  defaultValue: string;
  /** Whether the reader typed it (then suggestions are looked up at once), or the page put it there. */
  typed: boolean;
  /** Where the caret was, if the plain field had the focus: the combobox takes both over. */
  selection: [number, number] | null;
};

export function SearchCombobox({ defaultValue, typed: typedBefore, selection }: ComboboxProps) {
  const t = useTranslations("SearchForm");
  const locale = useLocale();
  const id = useId();
  const listId = `${id}-list`;
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(typedBefore);
  const field = useRef<HTMLInputElement>(null);
  const takeOverFocus = useRef(selection); // once, when it replaces the plain field

  useEffect(() => {
    if (!takeOverFocus.current || !field.current) return;
    field.current.focus();
    field.current.setSelectionRange(...takeOverFocus.current);
  }, []);

  useEffect(() => {
    if (!typed.current || value.trim().length < 2) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ locale, q: value });
        const response = await fetch(`/api/suggest?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const body: { suggestions: Suggestion[] } = await response.json();
        setSuggestions(body.suggestions);
        setActive(-1);
        setOpen(true);
      } catch {
        // A cancelled or failed lookup leaves the plain search working.
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value, locale]);

  const expanded = open && suggestions.length > 0;
  const go = (suggestion: Suggestion) => window.location.assign(suggestion.href);

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && suggestions.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && suggestions.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (event.key === "Escape") {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Enter" && expanded && active >= 0) {
      const chosen = suggestions[active];
      if (chosen) {
        event.preventDefault();
        go(chosen);
      }
    }
  }

  return (
    <div className={fieldBoxClass}>
      <input
        ref={field}
        {...fieldProps}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        placeholder={t("placeholder")}
        onChange={(event) => {
          typed.current = true;
          setValue(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestionsLabel")}
        hidden={!expanded}
        className="absolute z-20 mt-1 w-full overflow-hidden rounded border border-slate-400 bg-white shadow-lg"
      >
        {suggestions.map((suggestion, i) => (
          <li
            key={suggestion.href}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              go(suggestion);
            }}
            className={`flex cursor-pointer justify-between gap-3 px-3 py-2 ${i === active ? "bg-brand text-white" : "hover:bg-slate-100"}`}
          >
            <span>{suggestion.label}</span>
            <span className={`text-sm ${i === active ? "text-white" : "text-slate-600"}`}>{t(`kinds.${suggestion.kind}`)}</span>
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {open && value.trim().length >= 2 ? t("suggestionCount", { count: suggestions.length }) : ""}
      </p>
    </div>
  );
}
