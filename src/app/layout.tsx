// The [locale] layout and the 404 page render <html>; this root layout only exists because
// Next requires one.
import type { ReactNode } from "react";

// Every page is rendered per request: it reads the database, which is not there at build time,
// and carries the nonce of its own Content-Security-Policy (src/proxy.ts).
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
