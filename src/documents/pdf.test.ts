import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makePdf } from "../../tests/support/pdf";
import { inspectUpload, maxDocumentBytes } from "./pdf";

const pages = [
  "Ensimmäinen sivu: arvioinnin tausta ja tavoitteet (2025).",
  "Toinen sivu kertoo menetelmistä, haastatteluista ja kyselystä.",
  "Kolmas sivu: tulokset, johtopäätökset ja suositukset.",
];

function ascii(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "latin1"));
}

describe("inspectUpload", () => {
  it("reads a tagged PDF's pages, text, title and language", async () => {
    const bytes = makePdf({ pages, title: "Arviointiraportti – Kohtaamo", lang: "fi-FI", tagged: true });
    const result = await inspectUpload(bytes);
    if (!result.ok) throw new Error(`refused: ${result.code}`);
    expect(result).toMatchObject({
      checksum: createHash("sha256").update(bytes).digest("hex"),
      sizeBytes: bytes.byteLength,
      pageCount: 3,
      title: "Arviointiraportti – Kohtaamo",
      language: "fi-FI",
      tagged: true,
    });
    for (const word of pages.join(" ").split(/\s+/)) expect(result.text).toContain(word);
    expect(result.text.split("\n\n")).toHaveLength(3);
  });

  it("says an untagged PDF without a title or language is so", async () => {
    const result = await inspectUpload(makePdf({ pages: ["Vain yksi sivu."] }));
    expect(result).toMatchObject({ ok: true, pageCount: 1, tagged: false });
    expect(result).not.toHaveProperty("title");
    expect(result).not.toHaveProperty("language");
  });

  it("refuses an empty file and one over the limit", async () => {
    expect(await inspectUpload(new Uint8Array())).toEqual({ ok: false, code: "empty" });
    const large = new Uint8Array(21 * 1024 * 1024);
    large.set(makePdf({ pages: ["Iso"] }));
    expect(large.byteLength).toBeGreaterThan(maxDocumentBytes);
    expect(await inspectUpload(large)).toEqual({ ok: false, code: "too-large" });
  });

  it("refuses what is not a PDF, whatever its name said", async () => {
    const html = ascii("<!doctype html>\n<html><body><p>%PDF-1.7</p></body></html>\n");
    const exe = ascii("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00".padEnd(512, "\x00"));
    expect(await inspectUpload(html)).toEqual({ ok: false, code: "not-pdf" });
    expect(await inspectUpload(exe)).toEqual({ ok: false, code: "not-pdf" });
  });

  it("calls a PDF header followed by garbage broken", async () => {
    const garbage = ascii(`%PDF-1.7\n${"\x00\x9f garbage ] >> obj".repeat(200)}`);
    expect(await inspectUpload(garbage)).toEqual({ ok: false, code: "broken" });
  });

  it("knows a PDF that needs a password", async () => {
    expect(await inspectUpload(makePdf({ pages, encrypted: true }))).toEqual({ ok: false, code: "encrypted" });
  });

  it("gives up on a file that takes longer than its time", async () => {
    expect(await inspectUpload(makePdf({ pages }), { timeoutMs: 1 })).toEqual({ ok: false, code: "broken" });
  });
});
