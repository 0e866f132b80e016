// About Palaset: what it is, who it is for, how models get in, licence and citing.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { sitePageMetadata, SitePageView } from "@/components/site-pages/SitePageView";
import { localeFrom } from "@/i18n/params";
import { getSitePage } from "@/queries/site-pages";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sitePageMetadata(params, "about");
}

export default async function AboutPage({ params }: Props) {
  const page = await getSitePage(await localeFrom(params), "about");
  if (!page) notFound();
  return <SitePageView page={page} />;
}
