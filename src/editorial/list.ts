// The working area's list of models: those the viewer may work on, with their state, per
// language, who changed them last and when, and whether a translation lags behind its source.
import { organisationsWhere, type Viewer } from "@/auth/permissions";
import type { ModelDocument } from "@/content/document";
import type { Db } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import type { Prisma, PublicationState } from "@/generated/prisma/client";
import { laggingFields, pendingLocales, type ChangedIn, type PublishedIn } from "./changes";

export const listFilters = ["all", "mine", "in-review", "drafts", "translation-behind"] as const;
export type ListFilter = (typeof listFilters)[number];

/** A language's state: live and current, live with newer text waiting, only a draft, behind its source. */
export type LocaleState = "live" | "changed" | "draft" | "behind";

export type ListedModel = {
  id: string;
  name: string;
  slug: string;
  state: PublicationState;
  liveState: PublicationState;
  locales: Partial<Record<Locale, LocaleState>>;
  editedBy: string | null;
  editedAt: Date;
  /** Translations asked for (an XLIFF taken out, src/editorial/xliff.ts) and not yet back. */
  translationRequests: { locale: Locale; requestedAt: Date }[];
};

/** At most this many rows; a national viewer narrows with the name search. */
export const listLimit = 200;

export async function listModels(db: Db, viewer: Viewer, locale: Locale, options: { filter: ListFilter; q: string }): Promise<ListedModel[]> {
  const organisations = organisationsWhere(viewer, "model.read-drafts");
  const where: Prisma.PracticeModelWhereInput = {
    ...(organisations === "all" ? {} : { developers: { some: { organisationId: { in: organisations } } } }),
    ...(options.filter === "mine" ? { revisions: { some: { authorId: viewer.id } } } : {}),
    ...(options.filter === "in-review" ? { editorialState: "IN_REVIEW" } : {}),
    ...(options.filter === "drafts" ? { editorialState: "DRAFT" } : {}),
    ...(options.q
      ? { OR: [{ slug: { contains: options.q, mode: "insensitive" } }, { translations: { some: { name: { contains: options.q, mode: "insensitive" } } } }] }
      : {}),
  };
  const rows = await db.practiceModel.findMany({
    where,
    select: { id: true, slug: true, state: true, editorialState: true, headRevision: true, sourceLocale: true, updatedAt: true, translations: { select: { locale: true, name: true } }, translationRequests: { select: { locale: true, requestedAt: true }, orderBy: { locale: "asc" } } },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
    take: listLimit,
  });
  const heads = await db.modelRevision.findMany({
    where: { OR: rows.filter((r) => r.headRevision > 0).map((r) => ({ modelId: r.id, number: r.headRevision })) },
    select: { modelId: true, snapshot: true, changedIn: true, publishedIn: true, authorName: true, createdAt: true },
  });
  const headOf = new Map(heads.map((h) => [h.modelId, h]));
  const listed = rows.map((row): ListedModel => {
    const head = headOf.get(row.id);
    const document = head?.snapshot as ModelDocument | null | undefined;
    const locales: ListedModel["locales"] = {};
    if (head && document) {
      const changedIn = head.changedIn as ChangedIn;
      const pending = pendingLocales(changedIn, head.publishedIn as PublishedIn);
      const behind = laggingFields(changedIn, document, row.sourceLocale);
      for (const l of Object.keys(changedIn) as Locale[]) {
        const live = row.translations.some((t) => t.locale === l) && row.state === "PUBLISHED";
        locales[l] = behind[l] ? "behind" : !pending.includes(l) ? "live" : live ? "changed" : "draft";
      }
    } else for (const t of row.translations) locales[t.locale] = row.state === "PUBLISHED" ? "live" : "draft";
    const draftName = document ? pickTranslation(Object.entries(document.texts).map(([l, t]) => ({ locale: l as Locale, name: t.name ?? "" })), locale)?.name : undefined;
    return {
      id: row.id,
      slug: document?.slug ?? row.slug,
      name: draftName || pickTranslation(row.translations, locale)?.name || row.slug,
      state: row.editorialState ?? row.state,
      liveState: row.state,
      locales,
      editedBy: head?.authorName ?? null,
      editedAt: head?.createdAt ?? row.updatedAt,
      translationRequests: row.translationRequests,
    };
  });
  return options.filter === "translation-behind" ? listed.filter((m) => Object.values(m.locales).includes("behind")) : listed;
}
