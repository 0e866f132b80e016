// Locale-aware navigation: use these instead of next/link and next/navigation. Public pages'
// server components link with ./PlainLink (a plain anchor, no client code); Link is for the
// working area, where client-side navigation keeps forms and state.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
export type Href = Parameters<typeof getPathname>[0]["href"];
