// Any unknown path under a locale gets the localized 404 page.
import { notFound } from "next/navigation";

export default function CatchAllPage() {
  notFound();
}
