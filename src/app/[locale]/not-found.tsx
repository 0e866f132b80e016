// The localized 404 for notFound() thrown while a page renders. The proxy sends requests for
// records that do not exist to the root 404 page instead (src/app/not-found.tsx), which is
// rendered on the server; this one is drawn by the browser (Next.js issue 62228).
import { NotFound } from "@/components/layout/NotFound";

export default function NotFoundPage() {
  return <NotFound />;
}
