// A link to a page of the site as a plain anchor, for the public pages' server components.
// next-intl's Link (./navigation) is a client component: each one adds its props to the page's
// payload, code to hydrate, and prefetches its page as it scrolls into view (twenty model cards,
// twenty requests to the server). A reader following a plain link loads the page, which is what
// public pages are built for. Use Link where client-side navigation matters (the working area).
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { getPathname, type Href } from "./navigation";

type Props = Omit<ComponentProps<"a">, "href"> & { href: Href; hash?: string };

/** `href` as the Link of ./navigation takes it (a pathname, or one with params and query), in the page's language; `hash` names a place on that page. */
export function PlainLink({ href, hash, ...props }: Props) {
  const locale = useLocale();
  return <a href={`${getPathname({ href, locale })}${hash ? `#${hash}` : ""}`} {...props} />;
}
