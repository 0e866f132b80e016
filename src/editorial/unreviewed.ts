// Four eyes on every publish, and the way out for an organisation that has only two: a
// publisher publishes a text someone else sent for review. When the text is their own and no
// one else in the model's organisations may publish, they may publish it anyway, giving a
// reason; such publishes are listed for the organisation's publishers and admins (and the
// service's admins) to check afterwards. National admins publish without the rule.
import { NotAllowedError } from "@/auth/people-admin";
import { organisationsWhere, type Viewer } from "@/auth/permissions";
import type { Db } from "@/db/client";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The text would go live without a second person having seen it, and one could. */
export class SecondReviewerError extends Error {
  readonly code = "SECOND_REVIEWER";
  constructor(readonly reason: "anotherPublisher" | "reasonMissing") {
    super(reason === "anotherPublisher" ? "Another publisher of the organisation must review this text." : "Give the reason for publishing without a second reviewer.");
    this.name = "SecondReviewerError";
  }
}

/**
 * How the newest revision of a model may be published by `viewer`: it was sent for review by
 * someone else ("reviewed"); it is the viewer's own and nobody else could review it ("alone",
 * with a reason); or another publisher must review it ("needs-another").
 */
export type ReviewNeed = "reviewed" | "alone" | "needs-another";

export async function reviewNeed(tx: Tx | Db, viewer: Viewer, model: { id: string; revision: number; state: string; organisationIds: string[] }): Promise<ReviewNeed> {
  if (viewer.nationalRole === "ADMIN") return "reviewed";
  if (model.state === "IN_REVIEW") {
    const head = await tx.modelRevision.findUnique({ where: { modelId_number: { modelId: model.id, number: model.revision } }, select: { authorId: true } });
    if (head && head.authorId !== viewer.id) return "reviewed";
  }
  const others = await tx.membership.count({
    where: { organisationId: { in: model.organisationIds }, role: "PUBLISHER", userId: { not: viewer.id }, user: { deactivatedAt: null } },
  });
  return others === 0 ? "alone" : "needs-another";
}

/** Records a publish without a second reviewer, in the publish's transaction. */
export async function recordUnreviewed(tx: Tx, viewer: Viewer, modelId: string, revision: number, reason: string) {
  await tx.unreviewedPublication.create({ data: { modelId, revision, reason, publisherId: viewer.id, publisherName: viewer.name } });
}

export type UnreviewedPublication = {
  id: string;
  modelId: string;
  modelName: string;
  revision: number;
  reason: string;
  publisherName: string;
  createdAt: Date;
  checkedAt: Date | null;
  checkedByName: string | null;
};

/** Such publishes of the models the viewer may check, newest first, unchecked ones first. */
export async function listUnreviewed(db: Db, viewer: Viewer): Promise<UnreviewedPublication[]> {
  const where = organisationsWhere(viewer, "publication.check");
  if (where !== "all" && where.length === 0) throw new NotAllowedError();
  const rows = await db.unreviewedPublication.findMany({
    where: where === "all" ? {} : { model: { developers: { some: { organisationId: { in: where } } } } },
    include: { model: { select: { slug: true, sourceLocale: true, translations: { select: { locale: true, name: true } } } } },
    orderBy: [{ checkedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
  });
  return rows.map(({ model, ...r }) => ({
    ...r,
    modelName: model.translations.find((t) => t.locale === model.sourceLocale)?.name ?? model.translations[0]?.name ?? model.slug,
  }));
}

/** Marks one checked (by someone who may check that model's publishes). */
export async function markChecked(db: Db, viewer: Viewer, id: string) {
  const where = organisationsWhere(viewer, "publication.check");
  const row = await db.unreviewedPublication.findUnique({ where: { id }, include: { model: { select: { developers: { select: { organisationId: true } } } } } });
  if (!row || (where !== "all" && !row.model.developers.some((d) => where.includes(d.organisationId)))) throw new NotAllowedError();
  await db.unreviewedPublication.updateMany({ where: { id, checkedAt: null }, data: { checkedAt: new Date(), checkedById: viewer.id, checkedByName: viewer.name } });
}
