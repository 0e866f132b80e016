// Reads model folders, the bulk of a catalogue, in this thread. parallel-models.ts spreads a
// large catalogue over worker threads that each run this.
import { join } from "node:path";
import type { SectionKey } from "@/domain/model";
import { ContentError } from "./errors";
import { Collector, hashJson, readRecordFolder, type RecordFolder } from "./folders";
import { parseMarkdown } from "./parse";
import { modelFileFactsWithKnownKeys, type KnownKeys } from "./known-keys";
import { resolveModelFiles, type ContentFile } from "./model-files";
import { documentsFolder, modelTextSchema, type ModelFacts, type ModelFileFacts, type ModelText } from "./schema";
import { splitSections } from "./sections";

type LoadedText = ModelText & { sections: Map<SectionKey, string>; plainText: string };
/**
 * A model as the store writes it: its documents' files resolved to checksums (model-files.ts),
 * and the files themselves, which the seed stores; an editor's model has none.
 */
export type LoadedModel = RecordFolder<ModelFacts, LoadedText> & { files: ContentFile[] };
export type ModelFolders = { models: LoadedModel[]; errors: ContentError[] };

function readModelText(out: Collector) {
  return (file: string, source: string, facts: ModelFileFacts | undefined) => {
    const parsed = out.take(parseMarkdown(file, source, modelTextSchema));
    if (!parsed) return undefined;
    const sections = out.take(splitSections(file, parsed.body, parsed.bodyLine));
    const expected = facts?.evaluations.length;
    // None at all: the evaluation texts are not translated yet, and the page shows the source's.
    if (expected !== undefined && parsed.data.evaluations.length > 0 && parsed.data.evaluations.length !== expected) {
      out.errors.push(
        new ContentError(file, 2, "evaluations", `has ${parsed.data.evaluations.length} entries; index.yaml has ${expected}`),
      );
    }
    return sections && { ...parsed.data, sections: sections.markdown, plainText: sections.text };
  };
}

/**
 * Returns a reader of model folders under `root`/models; its results, problems included, are
 * in the order of the slugs it is given.
 */
export function modelFolderReader(root: string, known: KnownKeys) {
  // Made once: zod compiles a schema on its first use, and that dominates a large catalogue.
  const factsSchema = modelFileFactsWithKnownKeys(known);
  return (slugs: string[]): ModelFolders => {
    const out = new Collector();
    const read = (slug: string): LoadedModel | undefined => {
      const dir = join(root, "models", slug);
      const record = readRecordFolder(dir, slug, out, factsSchema, readModelText(out), (facts) => facts?.sourceLanguage ?? "fi", [documentsFolder]);
      const resolved = record && resolveModelFiles(dir, record.facts, out);
      if (!record || !resolved) return undefined;
      // The folder's hash covers its text files; the checksums cover the PDFs.
      const hash = resolved.files.length === 0 ? record.hash : hashJson([record.hash, ...resolved.files.map((f) => f.checksum)]);
      return { ...record, ...resolved, hash };
    };
    const models = slugs.flatMap((slug) => read(slug) ?? []);
    return { models, errors: out.errors };
  };
}
