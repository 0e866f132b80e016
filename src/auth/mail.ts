// Sending e-mail: through the SMTP server of SMTP_URL (nodemailer), or not at all. Without
// one, the working area shows an invitation link to the admin who made it, to pass on, and an
// admin makes password-reset links the same way.
import nodemailer from "nodemailer";

/** A mail: plain text, and optionally the same as simple HTML. */
export type Mail = { to: string; subject: string; text: string; html?: string };
/** Sends a mail; false when this installation sends no mail. */
export type Mailer = { canSend: boolean; send: (mail: Mail) => Promise<boolean> };

export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) return { canSend: false, send: async () => false };
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    canSend: true,
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
      return true;
    },
  };
}
