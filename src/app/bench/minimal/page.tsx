// The smallest page this server renders per request with a CSP nonce on Next's scripts, as
// every page of the app is: `npm run bench` measures its requests per second beside the
// catalogue's pages (issue 14). Served only with PALASET_BENCH_PAGE=true, which only the bench
// sets; otherwise the proxy treats the address as any unknown one.
import { notFound } from "next/navigation";
import { env } from "@/env";

export default function MinimalPage() {
  if (!env.PALASET_BENCH_PAGE) notFound();
  return (
    <html lang="en">
      <body>
        <p>Palaset</p>
      </body>
    </html>
  );
}
