// A component's markup in a unit test, with the app's messages given as next-intl gives them
// to a page: useTranslations and useLocale read them from the provider, also outside Next.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Locale } from "@/domain/locale";
import en from "../../messages/en.json";
import fi from "../../messages/fi.json";
import sv from "../../messages/sv.json";

const messages = { fi, sv, en };

export function renderWithMessages(node: ReactNode, locale: Locale = "fi"): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="Europe/Helsinki">
      {node}
    </NextIntlClientProvider>,
  );
}
