// robots.txt: the public catalogue is open to crawlers; the API (and with it the CSV export of
// every search), the working area and the sign-in pages are not.
import type { MetadataRoute } from "next";
import { privatePathPrefixes } from "@/i18n/private-routes";
import { absoluteUrl } from "@/public-url";

// Read at request time: the public address is configuration of the running server.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", ...privatePathPrefixes()] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
