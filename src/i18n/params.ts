// Reads the locale segment of a route: an unknown locale is a 404, a known one is set for
// next-intl's server functions.
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/domain/locale";
import { routing } from "./routing";

export async function localeFrom(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The locale and the slug of a record's route (/fi/mallit/[slug]). */
export async function localeAndSlugFrom(params: Promise<{ locale: string; slug: string }>): Promise<{ locale: Locale; slug: string }> {
  return { locale: await localeFrom(params), slug: (await params).slug };
}
