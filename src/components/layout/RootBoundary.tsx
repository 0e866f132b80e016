// What Next's root boundaries show (src/app/not-found.tsx, forbidden.tsx, unauthorized.tsx):
// a heading and one link, in the reader's language. No address reaches them today. An
// address no route matches gets src/app/global-not-found.tsx, the proxy redirects an unknown
// locale, and the working area has a forbidden page of its own. Next still renders every root
// boundary into every page's payload, so they are kept this small: the site frame here would
// add 3 KB to each page, and Next's default boundaries 2 KB (issue 14).
import { getLocale } from "next-intl/server";
import type { Href } from "@/i18n/navigation";
import { PlainLink } from "@/i18n/PlainLink";

type Props = { title: string; link: { href: Href; label: string } };

export async function RootBoundary({ title, link }: Props) {
  return (
    <html lang={await getLocale()}>
      <body>
        <title>{title}</title>
        <h1>{title}</h1>
        <PlainLink href={link.href}>{link.label}</PlainLink>
      </body>
    </html>
  );
}
