"use client";
// On paper only: the full address of the printed page and the day it was printed, so that a
// printout can be traced back. The address is the configured public one (the server passes its
// origin), with the path and query the reader is on; both are read when the page is printed.
import { useFormatter, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

/** Printing, client-side navigation and back/forward all make the snapshot worth reading again. */
function subscribe(changed: () => void) {
  const print = window.matchMedia("print");
  window.addEventListener("beforeprint", changed);
  window.addEventListener("popstate", changed);
  print.addEventListener("change", changed);
  return () => {
    window.removeEventListener("beforeprint", changed);
    window.removeEventListener("popstate", changed);
    print.removeEventListener("change", changed);
  };
}

/** A string, so that React can tell an unchanged snapshot: today (YYYY-MM-DD, the reader's own day) and the path with its query. */
const snapshot = () => `${new Date().toLocaleDateString("en-CA")} ${window.location.pathname}${window.location.search}`;
const serverSnapshot = () => "";

export function PrintFooter({ origin }: { origin: string }) {
  const t = useTranslations("PrintFooter");
  const format = useFormatter();
  const printed = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  if (printed === "") return null;
  const day = printed.slice(0, 10);
  const path = printed.slice(11);
  return (
    <div className="hidden border-t border-slate-400 pt-2 text-xs print:block">
      <p className="break-all">{t("address", { url: `${origin}${path}` })}</p>
      <p>{t("printed", { date: format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "long" }) })}</p>
    </div>
  );
}
