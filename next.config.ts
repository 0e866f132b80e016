// Next.js configuration: next-intl's request config and nothing else special;
// the app talks to PostgreSQL over a socket whether it is embedded or a server.
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
