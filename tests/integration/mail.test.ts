// Mail goes out through a real SMTP server (smtp-server, started here), as nodemailer sends it.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "@/auth/mail";

describe("createMailer", () => {
  const received: ParsedMail[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          done();
        }, done);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends through SMTP_URL, long links intact", async () => {
    const link = `http://localhost:3000/fi/aseta-salasana/${"x".repeat(43)}`;
    const mailer = createMailer(`smtp://127.0.0.1:${port}`, "Palaset <palaset@example.fi>");
    expect(mailer.canSend).toBe(true);
    expect(await mailer.send({ to: "uusi@example.fi", subject: "Kutsu Palasetiin", text: `Valitse salasana:\n\n${link}\n` })).toBe(true);
    const [mail] = received;
    expect(mail?.subject).toBe("Kutsu Palasetiin");
    expect(mail?.text).toContain(link);
    expect(mail?.from?.text).toContain("palaset@example.fi");
  });

  it("sends nothing without SMTP_URL", async () => {
    const mailer = createMailer(undefined, "Palaset <palaset@example.fi>");
    expect(mailer.canSend).toBe(false);
    expect(await mailer.send({ to: "a@example.fi", subject: "s", text: "t" })).toBe(false);
  });
});
