// The [locale] layout renders <html>; this root layout only exists because Next requires
// one for the root not-found page.
import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
