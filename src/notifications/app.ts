// Notifications on the app's database, for the pages (like src/editorial/app.ts).
import "server-only";
import type { Viewer } from "@/auth/permissions";
import { getAppDb } from "@/db/app";
import type { Locale } from "@/domain/locale";
import * as inbox from "./inbox";

export const notifications = {
  list: (viewer: Viewer, locale: Locale) => inbox.readInbox(getAppDb(), viewer.id, locale),
  unread: (viewer: Viewer) => inbox.countUnread(getAppDb(), viewer.id),
  markRead: (viewer: Viewer, id?: string) => inbox.markRead(getAppDb(), viewer.id, id),
  setting: (viewer: Viewer) => inbox.readMailSetting(getAppDb(), viewer.id),
  saveSetting: (viewer: Viewer, setting: inbox.MailSetting) => inbox.saveMailSetting(getAppDb(), viewer.id, setting),
};
