// Tells the publisher when a job they scheduled could not be done: a mail in the language
// they scheduled it in, with the reason and a link to the model's page (which shows the
// failure too). Sent after the failure is recorded; a mail that cannot be sent is logged.
import { createTranslator } from "next-intl";
import type { Mailer } from "@/auth/mail";
import type { Db } from "@/db/client";
import { routing } from "@/i18n/routing";
import type { PollResult } from "@/jobs/runner";
import { absoluteUrl } from "@/public-url";
import en from "../../messages/en.json";
import fi from "../../messages/fi.json";
import sv from "../../messages/sv.json";
import { readEditorModel } from "./models";
import { asFailureCode, jobLocale } from "./schedule";

const messages = { fi, sv, en };

export async function reportScheduleFailures(db: Db, mailer: Mailer, failed: PollResult["failed"]): Promise<void> {
  if (!mailer.canSend) return;
  for (const { job, failure } of failed) {
    const user = job.createdById ? await db.user.findUnique({ where: { id: job.createdById }, select: { email: true, deactivatedAt: true } }) : null;
    if (!user || user.deactivatedAt || !job.modelId) continue;
    const locale = jobLocale(job);
    const t = createTranslator({ locale, messages: messages[locale], namespace: "Scheduling" });
    const modelId = job.modelId;
    const model = await db.$transaction((tx) => readEditorModel(tx, modelId));
    const texts = model?.document.texts;
    const name = texts?.[locale]?.name ?? texts?.[model?.sourceLocale ?? "fi"]?.name ?? model?.document.slug ?? "";
    const path = `/${locale}${routing.pathnames["/editorial/models/[id]"][locale].replace("[id]", job.modelId)}`;
    const what = job.kind === "model.archive" ? t("mail.archive") : t("mail.publish");
    const reason = t(`failures.${asFailureCode(failure)}`);
    try {
      await mailer.send({
        to: user.email,
        subject: t("mail.subject", { name }),
        text: t("mail.body", { name, what, reason, link: absoluteUrl(path) }),
      });
    } catch (error) {
      console.error(`could not mail ${user.email} about the failed job ${job.id}:`, error);
    }
  }
}
