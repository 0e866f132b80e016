// The review discussion on a model's draft: remarks on the whole draft or on one field in one
// language, with replies (one level) and "resolved". Each remark is kept with the revision it
// was made on. A remark may mention people by e-mail address (@name@example.fi): those who may
// read the model's drafts are notified (src/notifications). Remarking needs "editorial.comment"
// on the model; a thread is resolved or reopened by its author or by anyone who may edit the
// model.
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { may, type Viewer } from "@/auth/permissions";
import type { Db } from "@/db/client";
import { locales, type Locale } from "@/domain/locale";
import { textFieldKeys, type TextFieldKey } from "@/domain/model";
import { notify } from "@/notifications/notify";

export const remarkSchema = z
  .object({
    body: z.string().trim().min(1).max(5000),
    locale: z.enum(locales).optional(),
    field: z.enum(textFieldKeys).optional(),
    parentId: z.uuid().optional(),
  })
  .refine((r) => (r.locale === undefined) === (r.field === undefined), { message: "a field needs its language, and a language its field", path: ["field"] });
export type Remark = z.input<typeof remarkSchema>;

export class ReplyToReplyError extends Error {
  constructor() {
    super("a reply answers a thread's first remark, not another reply");
    this.name = "ReplyToReplyError";
  }
}

async function modelOrganisations(db: Pick<Db, "practiceModel">, modelId: string) {
  const model = await db.practiceModel.findUnique({ where: { id: modelId }, select: { headRevision: true, developers: { select: { organisationId: true } } } });
  if (!model) throw new NotAllowedError();
  return { headRevision: model.headRevision, organisationIds: model.developers.map((d) => d.organisationId) };
}

/** The addresses a remark mentions: "@" followed by an e-mail address. */
export function mentionedAddresses(body: string): string[] {
  return [...new Set([...body.matchAll(/(?<![\w.])@([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g)].map((m) => m[1]!.toLowerCase()))];
}

/** Adds a remark, or a reply to a thread; the mentioned are told. Returns the remark's id. */
export async function addRemark(db: Db, viewer: Viewer, modelId: string, remark: Remark): Promise<string> {
  const { body, locale, field, parentId } = remarkSchema.parse(remark);
  const { headRevision, organisationIds } = await modelOrganisations(db, modelId);
  if (!may(viewer, "editorial.comment", { organisationIds })) throw new NotAllowedError();
  return db.$transaction(async (tx) => {
    const parent = parentId
      ? await tx.editorialComment.findFirst({ where: { id: parentId, modelId, evaluationId: null }, select: { parentId: true, locale: true, field: true } })
      : null;
    if (parentId && !parent) throw new NotAllowedError();
    if (parent?.parentId) throw new ReplyToReplyError();
    // A reply belongs where its thread does.
    const about = parent ? { locale: parent.locale, field: parent.field } : { locale: locale ?? null, field: field ?? null };
    const created = await tx.editorialComment.create({
      data: { modelId, body, authorId: viewer.id, authorName: viewer.name, revisionNumber: headRevision, parentId: parentId ?? null, ...about },
      select: { id: true },
    });
    const addresses = mentionedAddresses(body);
    if (addresses.length > 0) {
      const users = await tx.user.findMany({ where: { email: { in: addresses } }, select: { id: true } });
      await notify(tx, { kind: "mentioned", modelId, actor: viewer, userIds: users.map((u) => u.id), excerpt: body.length > 200 ? `${body.slice(0, 200)}…` : body });
    }
    return created.id;
  });
}

/** Marks a thread resolved (`resolved` false: open again). */
export async function resolveThread(db: Db, viewer: Viewer, modelId: string, threadId: string, resolved = true): Promise<void> {
  const { organisationIds } = await modelOrganisations(db, modelId);
  const thread = await db.editorialComment.findFirst({ where: { id: threadId, modelId, evaluationId: null, parentId: null }, select: { authorId: true } });
  if (!thread) throw new NotAllowedError();
  const own = thread.authorId === viewer.id && may(viewer, "editorial.comment", { organisationIds });
  if (!own && !may(viewer, "model.edit", { organisationIds })) throw new NotAllowedError();
  await db.editorialComment.update({
    where: { id: threadId },
    data: resolved ? { resolvedAt: new Date(), resolvedByName: viewer.name } : { resolvedAt: null, resolvedByName: null },
  });
}

export type RemarkEntry = { id: string; authorName: string; body: string; createdAt: Date; revisionNumber: number | null };
export type Thread = RemarkEntry & {
  locale: Locale | null;
  field: TextFieldKey | null;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  authorId: string | null;
  replies: RemarkEntry[];
};

const entry = { id: true, authorName: true, body: true, createdAt: true, revisionNumber: true } as const;

/** The model's threads, oldest first, each with its replies. */
export async function readDiscussion(db: Db, modelId: string): Promise<Thread[]> {
  const rows = await db.editorialComment.findMany({
    where: { modelId, evaluationId: null, parentId: null },
    orderBy: { createdAt: "asc" },
    select: { ...entry, locale: true, field: true, resolvedAt: true, resolvedByName: true, authorId: true, replies: { orderBy: { createdAt: "asc" }, select: entry } },
  });
  return rows.map((row) => ({ ...row, field: textFieldKeys.find((key) => key === row.field) ?? null }));
}
