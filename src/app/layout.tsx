// The [locale] layout, the 404 page (global-not-found.tsx) and the root boundaries render
// <html>; this root layout only exists because Next requires one.
import type { ReactNode } from "react";

// Every page is rendered per request: it reads the database, which is not there at build time,
// and carries the nonce of its own Content-Security-Policy (src/proxy.ts).
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
