// Evaluation documents as files beside a model's index.yaml (documents/<name>.pdf): content:check
// refuses what an upload would refuse, each problem at the line and field that names the file,
// and a stray folder or an unnamed file is a problem too. Made in copies of the fixture catalogue.
import { mkdir, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentErrors } from "@/content/errors";
import { loadContent } from "@/content/load";
import { copyCatalogue, editFile, lineOf, referenceModel, writeDocumentFile } from "../support/content";
import { makePdf } from "../support/pdf";

const modelDir = `models/${referenceModel}`;
const field = "evaluations.0.documents.0.file";
const pdf = makePdf({ pages: ["Arviointiraportti: kohtaamispaikka", "Tulokset"], title: "Arviointiraportti", lang: "fi-FI", tagged: true });

async function problems(dir: string) {
  const error = await loadContent(dir).then(
    () => new Error("expected content errors"),
    (e: unknown) => e,
  );
  if (error instanceof ContentErrors) return error.errors;
  throw error;
}

/** The reference model's document named as `documents/<name>`, the file written or not. */
async function catalogueWith(name: string, bytes?: Uint8Array) {
  const dir = await copyCatalogue();
  if (bytes) await writeDocumentFile(dir, name, bytes);
  else await editFile(dir, `${modelDir}/index.yaml`, /sizeBytes: 830464\n\s+url: https:\/\/example\.org\/arviointi\.pdf/, `file: ${name}`);
  return { dir, index: join(dir, modelDir, "index.yaml"), line: await lineOf(dir, `${modelDir}/index.yaml`, /^\s+file: /) };
}

describe("a document file in a model folder", () => {
  it("is read: the facts keep its checksum and size, the model its file", async () => {
    const { dir } = await catalogueWith("raportti-2020.pdf", pdf);
    const model = (await loadContent(dir)).models.find((m) => m.slug === referenceModel);
    const checksum = createHash("sha256").update(pdf).digest("hex");
    expect(model?.facts.evaluations[0]?.documents[0]).toMatchObject({ checksum, sizeBytes: pdf.byteLength });
    expect(model?.facts.evaluations[0]?.documents[0]).not.toHaveProperty("file");
    expect(model?.files).toEqual([
      expect.objectContaining({ checksum, sizeBytes: pdf.byteLength, language: "fi", path: join(dir, modelDir, "documents", "raportti-2020.pdf") }),
    ]);
  });

  it("names the line and field of a file that is not there", async () => {
    const { dir, index, line } = await catalogueWith("documents/puuttuu.pdf");
    expect(await problems(dir)).toEqual([expect.objectContaining({ file: index, line, field, problem: expect.stringContaining("no such file") })]);
  });

  it("refuses a file that is not a PDF by its bytes, and one that needs a password", async () => {
    const html = new Uint8Array(Buffer.from("<!doctype html><p>%PDF-1.7</p>"));
    for (const [bytes, says] of [
      [html, "not a PDF"],
      [makePdf({ pages: ["Salainen"], encrypted: true }), "password"],
    ] as const) {
      const { dir, index, line } = await catalogueWith("raportti.pdf", bytes);
      expect(await problems(dir)).toEqual([expect.objectContaining({ file: index, line, field, problem: expect.stringContaining(says) })]);
    }
  });

  it("refuses a path out of documents/: .., another folder, an absolute path", async () => {
    for (const path of ["documents/../fi.md", "documents/..pdf", "documents/../../x.pdf", "images/raportti.pdf", "/etc/raportti.pdf", "documents/Raportti.PDF"]) {
      const { dir, index, line } = await catalogueWith(path);
      expect(await problems(dir), path).toEqual([expect.objectContaining({ file: index, line, field })]);
    }
  });

  it("refuses both a url and a file, and a declared size beside a file", async () => {
    const dir = await copyCatalogue();
    await writeDocumentFile(dir, "raportti.pdf", pdf);
    await editFile(dir, `${modelDir}/index.yaml`, "file: documents/raportti.pdf", "file: documents/raportti.pdf\n        url: https://example.org/a.pdf\n        sizeBytes: 10");
    const found = await problems(dir);
    expect(found.map((p) => p.field).sort()).toEqual(["evaluations.0.documents.0.sizeBytes", "evaluations.0.documents.0.url"]);
  });

  it("names a folder other than documents/ and a file in documents/ that no evaluation names", async () => {
    const { dir } = await catalogueWith("raportti.pdf", pdf);
    await mkdir(join(dir, modelDir, "images"));
    await writeFile(join(dir, modelDir, "documents", "vanha.pdf"), pdf);
    await mkdir(join(dir, modelDir, "documents", "liitteet"));
    const found = await problems(dir);
    expect(found.map((p) => [p.file, p.field])).toEqual([
      [join(dir, modelDir, "images"), "(folder name)"],
      [join(dir, modelDir, "documents", "liitteet"), "(folder name)"],
      [join(dir, modelDir, "documents", "vanha.pdf"), "(file name)"],
    ]);
    expect(found[0]?.problem).toContain("documents/");
  });
});
