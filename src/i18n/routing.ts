// Locales and localized paths: /fi/mallit, /sv/modeller, /en/models.
import { defineRouting } from "next-intl/routing";
// Relative, not "@/…": next.config.ts imports this file, and its loader knows no path aliases.
import { defaultLocale, locales } from "../domain/locale";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // The pages name their alternates themselves, from the configured public address
  // (src/i18n/metadata.ts); the middleware's Link header would take the request's Host.
  alternateLinks: false,
  pathnames: {
    "/": "/",
    "/models": { fi: "/mallit", sv: "/modeller", en: "/models" },
    "/models/[slug]": { fi: "/mallit/[slug]", sv: "/modeller/[slug]", en: "/models/[slug]" },
    "/themes/[slug]": { fi: "/teemat/[slug]", sv: "/teman/[slug]", en: "/themes/[slug]" },
    "/collections/[slug]": { fi: "/kokoelmat/[slug]", sv: "/samlingar/[slug]", en: "/collections/[slug]" },
    "/framework": { fi: "/arviointikehys", sv: "/utvarderingsram", en: "/evaluation-framework" },
    "/about": { fi: "/tietoa-palvelusta", sv: "/om-tjansten", en: "/about" },
    "/accessibility": { fi: "/saavutettavuusseloste", sv: "/tillganglighetsutlatande", en: "/accessibility" },
    "/privacy": { fi: "/tietosuoja", sv: "/dataskydd", en: "/privacy" },
    "/sign-in": { fi: "/kirjaudu", sv: "/logga-in", en: "/sign-in" },
    "/sign-in/second-factor": { fi: "/kirjaudu/vahvistus", sv: "/logga-in/verifiering", en: "/sign-in/second-factor" },
    "/forgot-password": { fi: "/unohtunut-salasana", sv: "/glomt-losenord", en: "/forgot-password" },
    "/set-password/[token]": { fi: "/aseta-salasana/[token]", sv: "/valj-losenord/[token]", en: "/set-password/[token]" },
    "/preview/[token]": { fi: "/esikatselu/[token]", sv: "/forhandsvisning/[token]", en: "/preview/[token]" },
    "/editorial": { fi: "/toimitus", sv: "/redaktion", en: "/editorial" },
    "/editorial/second-factor": { fi: "/toimitus/tunnistautuminen", sv: "/redaktion/tvastegsverifiering", en: "/editorial/second-factor" },
    "/editorial/password": { fi: "/toimitus/salasana", sv: "/redaktion/losenord", en: "/editorial/password" },
    "/editorial/people": { fi: "/toimitus/ihmiset", sv: "/redaktion/personer", en: "/editorial/people" },
    "/editorial/audit": { fi: "/toimitus/loki", sv: "/redaktion/logg", en: "/editorial/audit-log" },
    "/editorial/feedback": { fi: "/toimitus/palaute", sv: "/redaktion/respons", en: "/editorial/feedback" },
    "/editorial/links": { fi: "/toimitus/linkit", sv: "/redaktion/lankar", en: "/editorial/links" },
    "/editorial/unreviewed": { fi: "/toimitus/ilman-tarkastusta", sv: "/redaktion/utan-granskning", en: "/editorial/unreviewed" },
    "/editorial/notifications": { fi: "/toimitus/ilmoitukset", sv: "/redaktion/aviseringar", en: "/editorial/notifications" },
    "/editorial/models": { fi: "/toimitus/mallit", sv: "/redaktion/modeller", en: "/editorial/models" },
    "/editorial/evaluations": { fi: "/toimitus/arvioinnit", sv: "/redaktion/utvarderingar", en: "/editorial/evaluations" },
    "/editorial/evaluations/[id]": { fi: "/toimitus/arvioinnit/[id]", sv: "/redaktion/utvarderingar/[id]", en: "/editorial/evaluations/[id]" },
    "/editorial/models/new": { fi: "/toimitus/mallit/uusi", sv: "/redaktion/modeller/ny", en: "/editorial/models/new" },
    "/editorial/models/[id]": { fi: "/toimitus/mallit/[id]", sv: "/redaktion/modeller/[id]", en: "/editorial/models/[id]" },
    "/editorial/models/[id]/preview": {
      fi: "/toimitus/mallit/[id]/esikatselu",
      sv: "/redaktion/modeller/[id]/forhandsvisning",
      en: "/editorial/models/[id]/preview",
    },
    "/editorial/models/[id]/history": { fi: "/toimitus/mallit/[id]/historia", sv: "/redaktion/modeller/[id]/historik", en: "/editorial/models/[id]/history" },
  },
});

export type AppPathname = keyof typeof routing.pathnames;
