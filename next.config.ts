// Next.js configuration: next-intl's request config; forbidden() for pages a signed-in person's
// roles do not open; and headers that keep the working area and sign-in out of caches and
// search engines. The app talks to PostgreSQL over a socket whether it is embedded or a server.
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { routing } from "./src/i18n/routing";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/** Every localized address of the working area and the account pages ([token] as :token). */
const privatePaths = routing.locales.flatMap((locale) =>
  (["/editorial", "/sign-in", "/forgot-password", "/set-password/[token]"] as const).flatMap((pathname) => {
    const localized = `/${locale}${routing.pathnames[pathname][locale].replace(/\[(\w+)\]/g, ":$1")}`;
    return [localized, `${localized}/:path*`];
  }),
);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  async headers() {
    return privatePaths.map((source) => ({
      source,
      headers: [
        { key: "Cache-Control", value: "private, no-store" },
        { key: "X-Robots-Tag", value: "noindex, nofollow" },
      ],
    }));
  },
};

export default withNextIntl(nextConfig);
