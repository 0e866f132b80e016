// A real SMTP server for the end-to-end tests (playwright.config.ts starts it): it keeps every
// mail the app sends, and shows them as JSON on a small HTTP port, newest last.
import { createServer } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export const smtpPort = 2525;
export const mailboxPort = 2526;

type Received = { to: string; subject: string; text: string };
const mails: Received[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, done) {
    simpleParser(stream).then((mail) => {
      for (const to of session.envelope.rcptTo) mails.push({ to: to.address, subject: mail.subject ?? "", text: mail.text ?? "" });
      done();
    }, done);
  },
});
smtp.listen(smtpPort, "127.0.0.1");

createServer((request, response) => {
  response.setHeader("content-type", "application/json");
  response.end(JSON.stringify(request.url === "/health" ? { ok: true } : mails));
}).listen(mailboxPort, "127.0.0.1");
