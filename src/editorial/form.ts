// The model form's fields (src/app/[locale]/editorial/models/_components/ModelForm.tsx) to a
// ModelDocument and back. The form names fields as the document does: "slug", "themes",
// "fi.name", "sv.sections.tips", "references.0.title", "inUse.0.since"… Parsed with zod for
// shape only (a value too long or a list too big is a problem of its field); what the text
// must say is checked by checkModelDocument, so that a draft with problems still saves.
import { z } from "zod";
import type { ModelDocument, ModelTextDocument } from "@/content/document";

export type { ModelDocument };
import { locales, type Locale } from "@/domain/locale";
import { sectionKeys } from "@/domain/model";

const line = z.string().trim().max(1_000).default("");
/** A section may be long; 200,000 characters is far beyond any real one. */
const long = z.string().max(200_000).default("");
const optional = (value: string) => (value === "" ? undefined : value);

/** The multiple-choice facts, each a list of keys. */
export const keyFields = ["themes", "targetGroups", "regions", "wellbeingServicesCounties", "funders", "developers"] as const;
/** Empty rows the form offers beyond those there are, of references and of adoptions. */
export const spareRows = 2;

/** How many rows of a repeated group the form had (a hidden field), so that emptied rows are read too. */
const rowCount = z.coerce.number().int().min(0).max(200).default(0);

const controlSchema = z.object({
  baseVersion: z.coerce.number().int().min(0).default(0),
  baseRevision: z.coerce.number().int().min(0).default(0),
  sourceLocale: z.enum(["fi", "sv"]).default("fi"),
  note: z.string().trim().max(2_000).default(""),
  referenceRows: rowCount,
  adoptionRows: rowCount,
});

const factSchema = z.object({
  slug: line,
  developmentStage: line,
  collection: line,
  createdOn: line,
  sourceUrl: line,
  brief: z.literal("on").optional(),
  evaluatedElsewhere: z.literal("on").optional(),
});

const referenceRow = { title: line, authors: line, year: line, publisher: line, url: line };
const adoptionRow = { organisation: line, municipality: line, wellbeingServicesCounty: line, since: line };

/** A posted value that does not fit its field's shape: the field, and zod's kind of problem. */
class FieldShapeError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
  ) {
    super(`${field}: ${code}`);
  }
}

function parsed<T>(field: string, result: z.ZodSafeParseResult<T>): T {
  if (!result.success) throw new FieldShapeError(`${field}${result.error.issues[0]?.path.length ? `.${result.error.issues[0].path.join(".")}` : ""}`, result.error.issues[0]?.code ?? "custom");
  return result.data;
}

function text(form: FormData, name: string, schema: z.ZodType<string> = line): string {
  const value = form.get(name);
  return parsed(name, schema.safeParse(typeof value === "string" ? value : undefined));
}

/** The rows of a repeated group ("references.0.title"…) that have anything filled in. */
function rowsOf<S extends Record<string, typeof line>>(form: FormData, name: string, count: number, row: S) {
  const schema = z.object(row);
  return Array.from({ length: count }, (_, i) =>
    parsed(`${name}.${i}`, schema.safeParse(Object.fromEntries(Object.keys(row).map((part) => [part, text(form, `${name}.${i}.${part}`)])))),
  ).filter((fields) => Object.values(fields).some(Boolean));
}

/**
 * A year as typed: digits become a number; anything else stays as typed, for the document's
 * check to report at its field (and for the draft to keep what was written).
 */
const year = (value: string): number | undefined => (value === "" ? undefined : /^\d+$/.test(value) ? Number(value) : (value as unknown as number));

export type ModelForm = z.infer<typeof controlSchema> & { document: ModelDocument };
export type ModelFormRead = { ok: true; form: ModelForm } | { ok: false; field: string; code: string };

/**
 * Reads a posted model form. `base` is the document the editor started from: the parts this
 * form does not edit (the owners, the cover image) carry over from it.
 */
export function readModelForm(form: FormData, base: ModelDocument | null): ModelFormRead {
  try {
    return { ok: true, form: readFields(form, base) };
  } catch (error) {
    if (error instanceof FieldShapeError) return { ok: false, field: error.field, code: error.code };
    throw error;
  }
}

function readFields(form: FormData, base: ModelDocument | null): ModelForm {
  const controls = ["baseVersion", "baseRevision", "sourceLocale", "note", "referenceRows", "adoptionRows"];
  const control = parsed("form", controlSchema.safeParse(Object.fromEntries(controls.flatMap((k) => {
    const v = form.get(k);
    return typeof v === "string" && v !== "" ? [[k, v]] : [];
  }))));
  const facts = parsed("facts", factSchema.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string"))));
  const keys = Object.fromEntries(
    keyFields.map((field) => [field, parsed(field, z.array(z.string().trim().max(200)).max(100).safeParse(form.getAll(field))).filter(Boolean)]),
  );
  // Who owns a model changes only by an admin's transfer: an edit keeps the developers it had.
  if (base) keys.developers = base.facts.developers ?? [];
  const references = rowsOf(form, "references", control.referenceRows, referenceRow).map((r) => ({
    title: r.title,
    authors: optional(r.authors),
    year: year(r.year),
    publisher: optional(r.publisher),
    url: optional(r.url),
  }));
  const inUse = rowsOf(form, "inUse", control.adoptionRows, adoptionRow).map((a) => ({
    organisation: a.organisation,
    municipality: optional(a.municipality),
    wellbeingServicesCounty: optional(a.wellbeingServicesCounty),
    since: year(a.since),
  }));
  const texts: ModelDocument["texts"] = {};
  for (const locale of locales) {
    const sections = Object.fromEntries(sectionKeys.map((key) => [key, text(form, `${locale}.sections.${key}`, long).trim()]).filter(([, v]) => v));
    const fields = {
      name: text(form, `${locale}.name`),
      shortDescription: text(form, `${locale}.shortDescription`, long).trim(),
      implementationSite: optional(text(form, `${locale}.implementationSite`)),
    };
    if (!fields.name && !fields.shortDescription && !fields.implementationSite && Object.keys(sections).length === 0) continue;
    const before = base?.texts[locale];
    texts[locale] = {
      ...fields,
      ...(before?.coverImageAlt ? { coverImageAlt: before.coverImageAlt } : {}),
      sections,
    } satisfies ModelTextDocument;
  }
  const document: ModelDocument = {
    slug: facts.slug,
    facts: {
      ...(base?.facts ?? {}),
      state: base?.facts.state ?? "draft",
      // Chosen when the model is made; the form sends it again afterwards, unchanged.
      sourceLanguage: base?.facts.sourceLanguage ?? control.sourceLocale,
      brief: facts.brief === "on",
      createdOn: optional(facts.createdOn),
      developmentStage: optional(facts.developmentStage),
      collection: optional(facts.collection),
      sourceUrl: optional(facts.sourceUrl),
      evaluatedElsewhere: facts.evaluatedElsewhere === "on",
      ...keys,
      inUse,
      references,
    },
    texts,
  };
  return { ...control, document };
}

/** A slug suggested from a name: lower case a–z and digits, ä → a, ö → o, å → a. */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** The form field of a document issue: "fi.name", "themes", "references.0.url"… */
export function fieldOf(issue: { locale?: Locale; path: (string | number)[] }): string {
  return [issue.locale, ...issue.path].filter((p) => p !== undefined).join(".");
}
