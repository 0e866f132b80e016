// Broken links on the app's database, for the working area (like src/feedback/app.ts).
import "server-only";
import type { Viewer } from "@/auth/permissions";
import { getAppDb } from "@/db/app";
import type { Locale } from "@/domain/locale";
import { fixLink } from "./fix";
import { listBrokenLinks } from "./listing";

export const links = {
  broken: (locale: Locale) => listBrokenLinks(getAppDb(), locale),
  fix: (viewer: Viewer, from: string, to: string) => fixLink(getAppDb(), viewer, from, to),
};
