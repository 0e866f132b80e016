// About Palaset: what it is, who it is for, how models get in, licence and citing.
import type { Metadata } from "next";
import { SitePageView } from "@/components/site-pages/SitePageView";
import { sitePage, sitePageMetadata } from "../_components/site-page";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sitePageMetadata(params, "about");
}

export default async function AboutPage({ params }: Props) {
  const page = await sitePage(params, "about");
  return <SitePageView page={page} />;
}
