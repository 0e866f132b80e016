// Makes small, valid PDFs in code for tests and the timing script: one page per string in
// Helvetica, with a correct cross-reference table, and optionally a title, a language, tags
// (a structure tree with one paragraph per page) or an /Encrypt dictionary whose user
// password is not empty, so that a reader must ask for one.
import { randomBytes } from "node:crypto";

export type PdfOptions = { pages: string[]; title?: string; lang?: string; tagged?: boolean; encrypted?: boolean };

const lineLength = 90;

/** A PDF literal string; the file is Latin-1, as Helvetica's WinAnsiEncoding reads it. */
function literal(text: string): string {
  if (/[^\x20-\x7e\xa0-\xff]/.test(text)) throw new Error(`not printable Latin-1: ${JSON.stringify(text)}`);
  return `(${text.replace(/[\\()]/g, "\\$&")})`;
}

/** A text string in UTF-16BE with its byte order mark, which any title can be written in. */
function utf16(text: string): string {
  return `<FEFF${Buffer.from(text, "utf16le").swap16().toString("hex")}>`;
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= lineLength) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function pageContent(text: string, tagged: boolean): string {
  const lines = wrap(text).map((line) => `${literal(line)} Tj T*`);
  const body = ["BT /F1 11 Tf 14 TL 50 800 Td", ...lines, "ET"].join("\n");
  return tagged ? `/P <</MCID 0>> BDC\n${body}\nEMC` : body;
}

export function makePdf({ pages, title, lang, tagged = false, encrypted = false }: PdfOptions): Uint8Array {
  const objects: string[] = [];
  /** Adds an object and returns its number; `reserve` numbers one that refers to later ones. */
  const add = (body: string) => objects.push(body);
  const reserve = () => add("");
  const set = (number: number, body: string) => {
    objects[number - 1] = body;
  };

  const catalog = reserve();
  const pageTree = reserve();
  const structTree = tagged ? reserve() : undefined;
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const pageObjects = pages.map((text) => {
    const content = pageContent(text, tagged);
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`);
  });
  set(pageTree, `<< /Type /Pages /Kids [${pageObjects.map((page) => `${page} 0 R`).join(" ")}] /Count ${pages.length} >>`);

  const catalogEntries = [`/Type /Catalog /Pages ${pageTree} 0 R`];
  if (lang) catalogEntries.push(`/Lang ${literal(lang)}`);
  if (structTree) {
    const document = reserve();
    const paragraphs = pageObjects.map((page) => add(`<< /Type /StructElem /S /P /P ${document} 0 R /Pg ${page} 0 R /K 0 >>`));
    set(document, `<< /Type /StructElem /S /Document /P ${structTree} 0 R /K [${paragraphs.map((p) => `${p} 0 R`).join(" ")}] >>`);
    set(structTree, `<< /Type /StructTreeRoot /K ${document} 0 R >>`);
    catalogEntries.push(`/MarkInfo << /Marked true >> /StructTreeRoot ${structTree} 0 R`);
  }
  set(catalog, `<< ${catalogEntries.join(" ")} >>`);

  const info = title ? add(`<< /Title ${utf16(title)} /Producer (Palaset tests) >>`) : undefined;
  // RC4 40-bit, revision 2, with a random /U: the empty user password does not match it.
  const hex = (bytes: number) => `<${randomBytes(bytes).toString("hex")}>`;
  const encrypt = encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -4 >>`) : undefined;
  const trailer = [`/Size ${objects.length + 1} /Root ${catalog} 0 R`];
  if (info) trailer.push(`/Info ${info} 0 R`);
  if (encrypt) trailer.push(`/Encrypt ${encrypt} 0 R /ID [${hex(16)} ${hex(16)}]`);

  // Latin-1 throughout, so that a character is a byte and string lengths are byte offsets.
  let file = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  const offsets = objects.map((body, index) => {
    const offset = file.length;
    file += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = file.length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`);
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries.join("")}`;
  file += `trailer\n<< ${trailer.join(" ")} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(file, "latin1"));
}
