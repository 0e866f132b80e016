// Reads model folders, the bulk of a catalogue, in this thread. parallel-models.ts spreads a
// large catalogue over worker threads that each run this.
import { join } from "node:path";
import type { SectionKey } from "@/domain/model";
import { ContentError } from "./errors";
import { Collector, readRecordFolder, type RecordFolder } from "./folders";
import { parseMarkdown } from "./parse";
import { modelFactsWithKnownKeys, type KnownKeys } from "./known-keys";
import { modelTextSchema, type ModelFacts, type ModelText } from "./schema";
import { splitSections } from "./sections";

export type LoadedModel = RecordFolder<ModelFacts, ModelText & { sections: Map<SectionKey, string>; plainText: string }>;
export type ModelFolders = { models: LoadedModel[]; errors: ContentError[] };

function readModelText(out: Collector) {
  return (file: string, source: string, facts: ModelFacts | undefined) => {
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
  const factsSchema = modelFactsWithKnownKeys(known);
  return (slugs: string[]): ModelFolders => {
    const out = new Collector();
    const read = (slug: string) =>
      readRecordFolder(join(root, "models", slug), slug, out, factsSchema, readModelText(out), (facts) => facts?.sourceLanguage ?? "fi");
    const models = slugs.flatMap((slug) => read(slug) ?? []);
    return { models, errors: out.errors };
  };
}
