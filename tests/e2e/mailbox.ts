// Reads what the mail catcher (mail-catcher.ts) has received.
import { expect } from "@playwright/test";

type Received = { to: string; subject: string; text: string };

/** The newest mail to `to` (whose subject has `about`, when given), waiting for it to arrive; and the first link in it. */
export async function latestMailTo(to: string, about?: string): Promise<Received & { link: string }> {
  let found: Received | undefined;
  await expect
    .poll(async () => {
      const mails: Received[] = await (await fetch("http://127.0.0.1:2526/messages")).json();
      found = mails.filter((m) => m.to === to && (about === undefined || m.subject.includes(about))).at(-1);
      return found !== undefined;
    })
    .toBe(true);
  const link = found?.text.match(/https?:\/\/\S+/)?.[0];
  if (!found || !link) throw new Error(`the mail to ${to} has no link`);
  return { ...found, link };
}
