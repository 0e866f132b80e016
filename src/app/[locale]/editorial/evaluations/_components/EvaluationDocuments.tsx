// The documents of an evaluation draft: each with what was read from an uploaded file (pages,
// whether it is tagged, its own title and language: what the accessibility law asks of files
// too), a form to upload a PDF (a plain multipart form to a route handler, since server
// actions take 1 MB) and one to link a report elsewhere.
import { getFormatter, getTranslations } from "next-intl/server";
import { locales, type Locale } from "@/domain/locale";
import { documentHref } from "@/domain/documents";
import { maxDocumentBytes } from "@/documents/pdf";
import type { EvaluationDraftDocument } from "@/editorial/evaluation-form";
import { documentIdentity } from "@/editorial/evaluations";
import type { UploadFields } from "@/editorial/upload-fields";
import { Field, fieldControl as input } from "../../_components/Field";
import { attachLinkAction, changeDocumentAction, purgeFileAction } from "../actions";
import { PdfFileInput } from "./PdfFileInput";

type File = { checksum: string; pageCount: number; tagged: boolean; pdfTitle: string | null; pdfLanguage: string | null; purgedAt: Date | null };
type Props = {
  locale: Locale;
  id: string;
  revision: number;
  documents: NonNullable<EvaluationDraftDocument["facts"]["documents"]>;
  files: File[];
  /** The documents readers see now (by documentIdentity): marked superseded when replaced, never removed. */
  publishedDocuments: string[];
  /** What was typed into the upload form before the upload was refused. */
  typed?: UploadFields;
  /** An admin may remove an uploaded file for a legal reason. */
  canPurge: boolean;
};

export async function EvaluationDocuments({ locale, id, revision, documents, files, publishedDocuments, typed, canPurge }: Props) {
  const [t, problems, languages, format] = await Promise.all([
    getTranslations("EvaluationDocuments"),
    getTranslations("EvaluationEditor.problems"),
    getTranslations("Languages"),
    getFormatter(),
  ]);
  const uploadAddress = `/api/uploads/evaluations/${id}?locale=${locale}`;
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseRevision" value={revision} />
    </>
  );
  const languageField = (id: string, selected: Locale = locale) => (
    <Field
      id={id}
      label={t("language")}
      control={
        <select id={id} name="language" defaultValue={selected} className={input}>
          {locales.map((l) => (
            <option key={l} value={l}>{languages(l)}</option>
          ))}
        </select>
      }
    />
  );
  return (
    <section aria-labelledby="evaluation-documents" className="space-y-4 rounded-lg border border-slate-300 p-4">
      <h2 id="evaluation-documents" className="text-2xl font-bold">{t("title")}</h2>
      <p>{t("help")}</p>
      {publishedDocuments.length > 0 && <p className="text-sm">{t("supersedeHelp")}</p>}
      {documents.length === 0 ? (
        <p className="italic">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {documents.map((d, position) => {
            const file = files.find((f) => f.checksum === d.checksum);
            const href = documentHref({ url: d.url ?? null, checksum: d.checksum ?? null, page: d.page ?? null });
            // Readers have seen it: marked superseded (once), never removed.
            const seen = publishedDocuments.includes(documentIdentity(d));
            const intent = seen ? (d.superseded ? null : "supersede") : "remove";
            return (
              <li key={position} className="rounded border border-slate-300 p-3">
                <a href={href} className="font-semibold text-brand underline" hrefLang={d.language}>
                  {d.title}
                </a>
                <span className="block text-sm">{[languages(d.language), d.url ? t("link") : t("upload"), d.page && t("page", { page: d.page })].filter(Boolean).join(" · ")}</span>
                {file && (
                  <span className="block text-sm">
                    {t("pages", { count: file.pageCount })} · {file.tagged ? t("tagged") : t("notTagged")} · {file.pdfTitle ? t("hasTitle") : t("noTitle")} ·{" "}
                    {file.pdfLanguage ? t("hasLanguage", { language: file.pdfLanguage }) : t("noLanguage")}
                  </span>
                )}
                {file?.purgedAt && <span className="block text-sm font-semibold text-red-800">{t("purged")}</span>}
                {canPurge && file && !file.purgedAt && (
                  <form action={purgeFileAction} className="mt-2 space-y-1">
                    {hidden}
                    <input type="hidden" name="checksum" value={file.checksum} />
                    <label htmlFor={`purge-${position}`} className="block text-sm font-semibold">{t("purgeReason")}</label>
                    <input id={`purge-${position}`} name="reason" required className={input} />
                    <button type="submit" className="rounded border border-red-800 px-3 py-1 text-sm font-semibold text-red-800">{t("purge", { title: d.title })}</button>
                  </form>
                )}
                {d.superseded && (
                  <span className="block text-sm font-semibold">
                    {t("supersededOn", { date: format.dateTime(new Date(d.superseded), { dateStyle: "medium", timeZone: "UTC" }) })}
                  </span>
                )}
                {intent && (
                  <form action={changeDocumentAction} className="mt-2">
                    {hidden}
                    <input type="hidden" name="position" value={position} />
                    <button
                      type="submit"
                      name="intent"
                      value={intent}
                      className={`rounded border px-3 py-1 text-sm font-semibold ${intent === "remove" ? "border-red-800 text-red-800" : "border-slate-700"}`}
                    >
                      {t(intent, { title: d.title })}
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form method="post" action={uploadAddress} encType="multipart/form-data" className="space-y-3 rounded border border-slate-300 p-3">
        <h3 className="text-xl font-bold">{t("uploadTitle")}</h3>
        <p className="text-sm">{t("uploadHelp")}</p>
        <input type="hidden" name="baseRevision" value={revision} />
        <Field id="upload-file" label={t("file")} control={<PdfFileInput id="upload-file" maxBytes={maxDocumentBytes} tooLarge={problems("too-large")} />} />
        <div className="grid gap-3 md:grid-cols-2">
          <Field id="upload-title" label={t("documentTitle")} name="title" defaultValue={typed?.title} />
          {languageField("upload-language", typed?.language)}
          <Field id="upload-published" label={t("publishedOn")} name="publishedOn" type="date" defaultValue={typed?.publishedOn} />
          <Field id="upload-page" label={t("pageField")} name="page" type="number" min={1} defaultValue={typed?.page} />
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">{t("uploadButton")}</button>
      </form>
      <form action={attachLinkAction} className="space-y-3 rounded border border-slate-300 p-3">
        <h3 className="text-xl font-bold">{t("linkTitle")}</h3>
        {hidden}
        <div className="grid gap-3 md:grid-cols-2">
          <Field id="link-url" label={t("url")} name="url" type="url" required placeholder="https://" />
          <Field id="link-title" label={t("documentTitle")} name="title" required />
          {languageField("link-language")}
          <Field id="link-published" label={t("publishedOn")} name="publishedOn" type="date" />
          <Field id="link-size" label={t("sizeBytes")} name="sizeBytes" type="number" min={1} />
          <Field id="link-persistent" label={t("persistentId")} name="persistentId" placeholder="urn:nbn:fi-fe…, 10.…, ISBN" />
          <Field id="link-page" label={t("pageField")} name="page" type="number" min={1} />
        </div>
        <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("linkButton")}</button>
      </form>
    </section>
  );
}
