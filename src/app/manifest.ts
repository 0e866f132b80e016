// /manifest.webmanifest: the name and icons a phone uses when the site is added to the home
// screen. One manifest for the site, in its default language.
import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { defaultLocale } from "@/domain/locale";

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: defaultLocale, namespace: "Layout" });
  return {
    name: t("siteName"),
    short_name: t("siteName"),
    description: t("siteDescription"),
    start_url: `/${defaultLocale}`,
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#1f4e79",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
