// The model form's fields (src/app/[locale]/editorial/models/_components/ModelForm.tsx) to a
// ModelDocument and back. The form names fields as the document does: "slug", "themes",
// "fi.name", "sv.sections.tips", "references.0.title", "inUse.0.since"… Parsed with zod for shape only; what the
// text must say is checked by checkModelDocument, so that a draft with problems still saves.
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
  id: z.uuid().optional(),
  baseVersion: z.coerce.number().int().min(0).default(0),
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
  coverImage: line,
  brief: z.literal("on").optional(),
  evaluatedElsewhere: z.literal("on").optional(),
});

const referenceRow = { title: line, authors: line, year: line, publisher: line, url: line };
const adoptionRow = { organisation: line, municipality: line, wellbeingServicesCounty: line, since: line };

function text(form: FormData, name: string, schema: z.ZodType<string> = line): string {
  const value = form.get(name);
  return schema.parse(typeof value === "string" ? value : undefined);
}

/** The rows of a repeated group ("references.0.title"…) that have anything filled in. */
function rowsOf<S extends Record<string, typeof line>>(form: FormData, name: string, count: number, row: S) {
  const schema = z.object(row);
  return Array.from({ length: count }, (_, i) =>
    schema.parse(Object.fromEntries(Object.keys(row).map((part) => [part, text(form, `${name}.${i}.${part}`)]))),
  ).filter((fields) => Object.values(fields).some(Boolean));
}

/** A year as typed: not a number is NaN, which the document's check reports at its field. */
const year = (value: string) => (value === "" ? undefined : Number(value));

export type ModelForm = z.infer<typeof controlSchema> & { document: ModelDocument };

/**
 * Reads a posted model form. `base` is the document the editor started from: the parts this
 * form does not edit (evaluations, the coordinators' work) carry over from it.
 */
export function readModelForm(form: FormData, base: ModelDocument | null): ModelForm {
  const control = controlSchema.parse(Object.fromEntries(["id", "baseVersion", "sourceLocale", "note", "referenceRows", "adoptionRows"].flatMap((k) => {
    const v = form.get(k);
    return typeof v === "string" && v !== "" ? [[k, v]] : [];
  })));
  const facts = factSchema.parse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
  const keys = Object.fromEntries(
    keyFields.map((field) => [field, z.array(z.string().trim().max(200)).max(100).parse(form.getAll(field)).filter(Boolean)]),
  );
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
      ...(before?.evaluations?.length ? { evaluations: before.evaluations } : {}),
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
      coverImage: optional(facts.coverImage),
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
