// Where to go after signing in: a path on this site in the reader's language, never another
// site (an open redirect would let a phishing link end on the attacker's page after a real
// sign-in).
import { z } from "zod";

const sitePath = z.string().max(2000).regex(/^\/(fi|sv|en)(\/[^\s\\]*)?$/).refine((path) => !path.startsWith("//"));

/** `requested` when it is a path of this site, else `fallback`. */
export function returnTo(requested: string | null | undefined, fallback: string): string {
  const parsed = sitePath.safeParse(requested);
  return parsed.success ? parsed.data : fallback;
}
