// Two people saved the same model: what each changed since the revision the editor started
// from. A field only the other changed is taken over; a field both changed differently is a
// conflict the editor decides. Fields are named as the form names them ("fi.name",
// "sv.sections.tips", "themes", "slug"); facts the form cannot show as one field (references,
// rows of adoptions) are compared whole, as "facts.<key>".
import type { ModelDocument } from "@/content/document";
import { locales } from "@/domain/locale";
import { textFields } from "./changes";
import { keyFields } from "./form";

/** Facts the form shows as one field each, by their form names. */
const simpleFacts = ["developmentStage", "collection", "createdOn", "sourceUrl", "brief", "evaluatedElsewhere", ...keyFields] as const;

type FieldValue = { text: string; form: string[] };

/** Every compared field of a document: its text for comparing and its value as the form posts it. */
function fieldsOf(document: ModelDocument): Map<string, FieldValue> {
  const fields = new Map<string, FieldValue>();
  for (const locale of locales) {
    const text = document.texts[locale];
    for (const [key, value] of Object.entries(text ? textFields(text) : {})) {
      // Evaluations and the cover image's text are not on this form.
      if (key !== "evaluations" && key !== "coverImageAlt") fields.set(`${locale}.${key}`, { text: value, form: [value] });
    }
  }
  fields.set("slug", { text: document.slug, form: [document.slug] });
  const facts = document.facts as Record<string, unknown>;
  for (const key of simpleFacts) {
    const value = facts[key];
    const form = Array.isArray(value) ? value.map(String) : typeof value === "boolean" ? (value ? ["on"] : []) : value ? [String(value)] : [];
    fields.set(key, { text: JSON.stringify(form), form });
  }
  for (const key of ["references", "inUse"]) fields.set(`facts.${key}`, { text: JSON.stringify(facts[key] ?? []), form: [] });
  return fields;
}

export type Merge = {
  /** Changed by both, differently: the other's text, for the editor to decide. */
  conflicts: { field: string; theirs: string }[];
  /** Changed by the other only: their value, as the form posts it, to put in the form. */
  merged: { field: string; form: string[] }[];
};

/** Compares the editor's document and the other's with the one both started from (null: unknown, every difference is a conflict). */
export function mergeSaves(base: ModelDocument | null, mine: ModelDocument, theirs: ModelDocument): Merge {
  const [b, m, t] = [base && fieldsOf(base), fieldsOf(mine), fieldsOf(theirs)];
  const result: Merge = { conflicts: [], merged: [] };
  for (const field of new Set([...m.keys(), ...t.keys()])) {
    const original = b?.get(field)?.text ?? "";
    const my = m.get(field)?.text ?? "";
    const their = t.get(field) ?? { text: "", form: [""] };
    if (their.text === my || (b && their.text === original)) continue;
    if (b && my === original && !field.startsWith("facts.")) result.merged.push({ field, form: their.form });
    else result.conflicts.push({ field, theirs: field.startsWith("facts.") ? their.text : their.form.join(", ") });
  }
  return result;
}
