// Translation hand-off as XLIFF 2.0 (the `xliff` package): the fields of a model whose
// translation into one language is behind its source (or missing) go out as one file, with the
// source text and any earlier translation as the target; the file, translated, comes back into
// a new draft revision. Taking a file out records a translation request, which the models list
// shows until that language comes back. The file names its model, so a file for another model
// or another language pair is refused with the reason.
import js2xliff from "xliff/js2xliff";
import xliff2js from "xliff/xliff2js";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import type { ModelDocument, ModelTextDocument } from "@/content/document";
import type { Db } from "@/db/client";
import { locales, type Locale } from "@/domain/locale";
import { textFieldKeys, type SectionKey, type TextFieldKey } from "@/domain/model";
import { openModel, saveDraft, type EditorModel } from "./models";

/** A file that cannot be taken in, and why (shown to the editor). */
export class XliffImportError extends Error {
  constructor(readonly reason: "unreadable" | "otherModel" | "languages" | "unknownField") {
    super(`the XLIFF file cannot be imported: ${reason}`);
    this.name = "XliffImportError";
  }
}

const fileId = (modelId: string) => `model-${modelId}`;

const fieldText = (text: ModelTextDocument | undefined, field: TextFieldKey): string =>
  (field.startsWith("sections.") ? text?.sections[field.slice("sections.".length) as SectionKey] : text?.[field as "name" | "shortDescription" | "implementationSite"]) ?? "";

/** The fields to translate into `target`: those behind their source, or all the source has when the language is new. */
export function fieldsToTranslate(model: Pick<EditorModel, "document" | "lagging" | "sourceLocale">, target: Locale): TextFieldKey[] {
  const source = model.document.texts[model.sourceLocale];
  const present = textFieldKeys.filter((field) => fieldText(source, field).trim() !== "");
  if (!model.document.texts[target]) return present;
  const behind = new Set(model.lagging[target] ?? []);
  return present.filter((field) => behind.has(field));
}

/** The XLIFF 2.0 of the model's fields to translate into `target`. */
export async function toXliff(modelId: string, document: ModelDocument, sourceLocale: Locale, target: Locale, fields: TextFieldKey[]): Promise<string> {
  const units = Object.fromEntries(
    fields.map((field) => {
      const earlier = fieldText(document.texts[target], field);
      return [field, { source: fieldText(document.texts[sourceLocale], field), ...(earlier ? { target: earlier } : {}) }];
    }),
  );
  return js2xliff({ sourceLanguage: sourceLocale, targetLanguage: target, resources: { [fileId(modelId)]: units } });
}

const unitSchema = z.object({ source: z.unknown(), target: z.unknown().optional() });
const parsedSchema = z.object({
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
  resources: z.record(z.string(), z.record(z.string(), unitSchema)),
});

/** The translated texts of an XLIFF file for the model, by field; empty targets left out. */
export async function fromXliff(xml: string, modelId: string, sourceLocale: Locale): Promise<{ target: Locale; texts: Partial<Record<TextFieldKey, string>> }> {
  let parsed: z.infer<typeof parsedSchema>;
  try {
    parsed = parsedSchema.parse(await xliff2js(xml));
  } catch {
    throw new XliffImportError("unreadable");
  }
  const units = parsed.resources[fileId(modelId)];
  if (!units || Object.keys(parsed.resources).length !== 1) throw new XliffImportError("otherModel");
  const target = locales.find((l) => l === parsed.targetLanguage);
  if (parsed.sourceLanguage !== sourceLocale || !target || target === sourceLocale) throw new XliffImportError("languages");
  const texts: Partial<Record<TextFieldKey, string>> = {};
  for (const [id, unit] of Object.entries(units)) {
    const field = textFieldKeys.find((key) => key === id);
    if (!field) throw new XliffImportError("unknownField");
    // A target with inline markup comes as parts; the text is what the translator wrote.
    const text = Array.isArray(unit.target) ? unit.target.filter((part) => typeof part === "string").join("") : typeof unit.target === "string" ? unit.target : "";
    if (text.trim() !== "") texts[field] = text;
  }
  return { target, texts };
}

/** Takes out the XLIFF of the model's translation into `target` and records the request; null when nothing is to translate. */
export async function exportTranslation(db: Db, viewer: Viewer, modelId: string, target: Locale): Promise<{ fileName: string; xml: string } | null> {
  const model = await openModel(db, viewer, modelId);
  if (!model) throw new NotAllowedError();
  if (target === model.sourceLocale) return null;
  const fields = fieldsToTranslate(model, target);
  if (fields.length === 0) return null;
  const xml = await toXliff(modelId, model.document, model.sourceLocale, target, fields);
  await db.translationRequest.upsert({
    where: { modelId_locale: { modelId, locale: target } },
    create: { modelId, locale: target, requestedByName: viewer.name },
    update: { requestedAt: new Date(), requestedByName: viewer.name },
  });
  return { fileName: `${model.document.slug || "model"}.${model.sourceLocale}-${target}.xlf`, xml };
}

/** Takes a translated file into a new draft revision of the model (its source language untouched); the request is then done. */
export async function importTranslation(db: Db, viewer: Viewer, at: { id: string; baseVersion: number }, xml: string) {
  const model = await openModel(db, viewer, at.id);
  if (!model) throw new NotAllowedError();
  const { target, texts } = await fromXliff(xml, model.id, model.sourceLocale);
  const before = model.document.texts[target];
  const text: ModelTextDocument = { ...before, name: before?.name ?? "", shortDescription: before?.shortDescription ?? "", sections: { ...before?.sections } };
  for (const [field, value] of Object.entries(texts) as [TextFieldKey, string][]) {
    if (field.startsWith("sections.")) text.sections[field.slice("sections.".length) as SectionKey] = value;
    else text[field as "name" | "shortDescription" | "implementationSite"] = value;
  }
  const document: ModelDocument = { ...model.document, texts: { ...model.document.texts, [target]: text } };
  const saved = await saveDraft(db, viewer, at, document, `translation:${target}`);
  await db.translationRequest.deleteMany({ where: { modelId: model.id, locale: target } });
  return { ...saved, target, fields: Object.keys(texts).length };
}

/** The model's open translation requests. */
export const readTranslationRequests = (db: Db, modelId: string) =>
  db.translationRequest.findMany({ where: { modelId }, orderBy: { locale: "asc" }, select: { locale: true, requestedAt: true, requestedByName: true } });

