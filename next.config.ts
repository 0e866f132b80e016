// Next.js configuration: next-intl's request config; forbidden() for pages a signed-in person's
// roles do not open; and a header that keeps the working area and sign-in out of search
// engines (caching and the security headers are decided per request: src/http/proxy.ts and
// scripts/serve.ts). The app talks to PostgreSQL over a socket whether it is embedded or a server.
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { privateAddressPatterns } from "./src/i18n/private-routes";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  // The message files are compiled when the app is built, so neither the browser nor the server
  // parses ICU messages at run time: the browser gets no message parser.
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: { authInterrupts: true, globalNotFound: true },
  async headers() {
    return privateAddressPatterns.map((source) => ({ source, headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] }));
  },
};

export default withNextIntl(nextConfig);
