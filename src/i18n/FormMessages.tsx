// The texts of one client form, sent with the page that has the form rather than with every
// page (src/i18n/client-messages.ts lists what every public page sends).
import { NextIntlClientProvider, useMessages } from "next-intl";
import type { ReactNode } from "react";
import type fi from "../../messages/fi.json";

type Messages = typeof fi;

export function FormMessages({ namespace, children }: { namespace: keyof Messages; children: ReactNode }) {
  const all = useMessages();
  return <NextIntlClientProvider messages={{ [namespace]: all[namespace] }}>{children}</NextIntlClientProvider>;
}
