// The picture a link to a model shows when shared (og:image): the model's name, its short
// description and its developers on Palaset's colours. Drawn by next/og with the font Next
// bundles, so it needs no network.
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { catalogue } from "@/catalogue";
import { localeAndSlugFrom } from "@/i18n/params";
import { routing } from "@/i18n/routing";

// Drawn per request from the database, which the build does not see.
export const dynamic = "force-dynamic";

const size = { width: 1200, height: 630 };
const brand = "#1f4e79";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** One image, described by the model's name (what the image shows). */
export async function generateImageMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const model = hasLocale(routing.locales, locale) ? await catalogue().getModelPage(locale, slug) : null;
  return [{ id: "card", size, contentType: "image/png", alt: model?.name ?? slug }];
}

/** Long texts end at a word, with an ellipsis, rather than running off the card. */
function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export default async function ModelImage({ params }: Props) {
  const { locale, slug } = await localeAndSlugFrom(params);
  const [model, t] = await Promise.all([catalogue().getModelPage(locale, slug), getTranslations({ locale, namespace: "Layout" })]);
  // A draft or an unknown slug has no page, so no picture either.
  if (!model) notFound();
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", borderTop: `24px solid ${brand}` }}>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "56px 72px", gap: 28 }}>
          <div style={{ fontSize: 34, color: brand, fontWeight: 700 }}>{t("siteName")}</div>
          <div style={{ fontSize: 64, lineHeight: 1.15, color: "#0f172a" }}>{clip(model.name, 90)}</div>
          <div style={{ fontSize: 32, lineHeight: 1.35, color: "#334155" }}>{clip(model.shortDescription, 180)}</div>
        </div>
        {model.developers.length > 0 && (
          <div style={{ display: "flex", padding: "24px 72px", background: brand, color: "#ffffff", fontSize: 28 }}>
            {clip(model.developers.join(" · "), 80)}
          </div>
        )}
      </div>
    ),
    size,
  );
}
