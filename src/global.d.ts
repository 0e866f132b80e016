// Types next-intl with our locales and messages, so a missing message key is a type error.
import type { routing } from "@/i18n/routing";
import type messages from "../messages/fi.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
