// Reads one uploaded PDF on a worker thread (pdf.ts starts one per upload): pdfjs parses on
// the thread that calls it, and a large or hostile file would stall every request of the
// server. Plain JavaScript that imports only packages, so that Node runs it as it is, under
// Vitest, tsx and the built app alike. Answers with one message, which pdf.ts checks.
import { createHash } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";
import { extractText, getDocumentProxy } from "unpdf";

/** @param {Uint8Array} bytes */
async function read(bytes) {
  const checksum = createHash("sha256").update(bytes).digest("hex");
  // verbosity 0: pdfjs's warnings about a damaged file are for us to answer, not to log.
  const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
  const { text } = await extractText(pdf, { mergePages: false });
  const { info, metadata, hasStructTree } = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  const title = nonEmpty(info.Title) ?? nonEmpty(metadata?.get("dc:title"));
  // pdfjs reads the catalog's /Lang (such as fi-FI) into the document information as Language.
  const language = nonEmpty(info.Language);
  return {
    ok: true,
    checksum,
    pageCount: pdf.numPages,
    text: text.join("\n\n"),
    ...(title && { title }),
    ...(language && { language }),
    tagged: markInfo?.Marked === true && hasStructTree === true,
  };
}

/** @param {unknown} value */
function nonEmpty(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** @param {unknown} error */
function problem(error) {
  return error instanceof Error && error.name === "PasswordException" ? "encrypted" : "broken";
}

parentPort?.postMessage(await read(workerData.bytes).catch((error) => ({ ok: false, code: problem(error) })));
