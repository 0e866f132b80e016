// The fields of the evaluation page's upload form besides the file. The upload route parses
// them from the form; when it refuses the upload, it sends them back in the address of the
// page, which fills the form with them again, so that nothing typed is lost (the file itself
// cannot be given back: a browser lets only the person choose it).
import { z } from "zod";
import { locales } from "@/domain/locale";

export const uploadFieldsSchema = z.object({
  title: z.string().trim().max(300).default(""),
  language: z.enum(locales),
  publishedOn: z.union([z.literal(""), z.iso.date()]).default(""),
  page: z.union([z.literal(""), z.coerce.number().int().min(1).max(100_000)]).default(""),
});

export type UploadFields = z.infer<typeof uploadFieldsSchema>;

/** The fields as the page's address carries them back after a refused upload. */
export const typedUploadQuery = (fields: UploadFields) =>
  new URLSearchParams({ title: fields.title, language: fields.language, publishedOn: fields.publishedOn, page: String(fields.page) }).toString();

/** What the page's address carries back, or nothing when it carries nothing usable. */
export const typedUploadFields = (query: Record<string, unknown>): UploadFields | undefined => uploadFieldsSchema.safeParse(query).data;
