// The messages that reach the browser. A client component's texts travel with the page, so a
// public page sends only the namespaces its client components use, not the whole catalogue of
// messages (about 49 KB a language, most of it the working area's forms). The working area,
// whose forms are client components, gets all of them (src/app/[locale]/editorial/layout.tsx);
// a public page with a client form sends that form's namespace with it (src/i18n/FormMessages.tsx).
import type { AbstractIntlMessages } from "next-intl";

/** Namespaces used by client components outside the working area; add one when a public client component starts using it. */
export const publicClientNamespaces = [
  "LocaleSwitcher",
  "SearchForm",
  "PrintFooter",
  "ErrorPage",
] as const;

export function publicClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(publicClientNamespaces.flatMap((namespace) => {
    const texts = messages[namespace];
    return texts === undefined ? [] : [[namespace, texts]];
  }));
}
