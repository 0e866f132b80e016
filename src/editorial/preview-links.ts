// Preview links: a model's editors and publishers give someone without an account (a steering
// group, clients who developed the model with them, a translator) a link that shows the
// model's draft as its public page will look: read-only, that one model only, not indexed,
// until it expires (14 days unless the maker chooses 1-90) or is revoked. The token is 32
// random bytes shown once to its maker; only its SHA-256 is kept, so the table cannot be used
// to open drafts. Making and revoking are in the audit log.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { audit } from "@/auth/audit";
import { NotAllowedError } from "@/auth/people-admin";
import { may, type Viewer } from "@/auth/permissions";
import type { Db } from "@/db/client";

const dayMs = 24 * 3600_000;
export const defaultPreviewDays = 14;

export const previewLinkRequest = z.object({
  label: z.string().trim().min(1).max(120),
  days: z.coerce.number().int().min(1).max(90).default(defaultPreviewDays),
});
export type PreviewLinkRequest = z.infer<typeof previewLinkRequest>;

/** A token as it appears in a preview address: 43 characters of base64url. */
export const previewTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

async function modelOrganisations(db: Db, modelId: string): Promise<string[]> {
  const model = await db.practiceModel.findUnique({ where: { id: modelId }, select: { developers: { select: { organisationId: true } } } });
  if (!model) throw new NotAllowedError();
  return model.developers.map((d) => d.organisationId);
}

async function allowManage(db: Db, viewer: Viewer, modelId: string): Promise<string[]> {
  const organisationIds = await modelOrganisations(db, modelId);
  if (!may(viewer, "preview-link.manage", { organisationIds })) throw new NotAllowedError();
  return organisationIds;
}

/** Makes a link; the token is returned this once and never stored. */
export async function createPreviewLink(db: Db, viewer: Viewer, modelId: string, request: PreviewLinkRequest, now = new Date()) {
  const { label, days } = previewLinkRequest.parse(request);
  const organisationIds = await allowManage(db, viewer, modelId);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + days * dayMs);
  const link = await db.$transaction(async (tx) => {
    const created = await tx.previewLink.create({
      data: { modelId, tokenHash: hashOf(token), label, createdById: viewer.id, createdByName: viewer.name, createdAt: now, expiresAt },
      select: { id: true },
    });
    await audit(tx, { action: "preview-link-created", actor: viewer, organisationId: organisationIds[0] ?? null, subject: { type: "model", id: modelId }, details: { link: created.id, label, expiresAt: expiresAt.toISOString() } });
    return created;
  });
  return { id: link.id, token, expiresAt };
}

export type PreviewLinkEntry = { id: string; label: string; createdByName: string; createdAt: Date; expiresAt: Date };

/** The model's links that still work, newest first. */
export async function listPreviewLinks(db: Db, viewer: Viewer, modelId: string, now = new Date()): Promise<PreviewLinkEntry[]> {
  await allowManage(db, viewer, modelId);
  return db.previewLink.findMany({
    where: { modelId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, createdByName: true, createdAt: true, expiresAt: true },
  });
}

/** Stops a link working at once. */
export async function revokePreviewLink(db: Db, viewer: Viewer, modelId: string, linkId: string, now = new Date()) {
  const organisationIds = await allowManage(db, viewer, modelId);
  await db.$transaction(async (tx) => {
    const revoked = await tx.previewLink.updateMany({ where: { id: linkId, modelId, revokedAt: null }, data: { revokedAt: now, revokedByName: viewer.name } });
    if (revoked.count === 0) return;
    await audit(tx, { action: "preview-link-revoked", actor: viewer, organisationId: organisationIds[0] ?? null, subject: { type: "model", id: modelId }, details: { link: linkId } });
  });
}

/** The model a token opens and until when; null for an unknown, revoked or expired token alike. */
export async function openPreviewLink(db: Db, token: string, now = new Date()): Promise<{ modelId: string; expiresAt: Date } | null> {
  if (!previewTokenSchema.safeParse(token).success) return null;
  return db.previewLink.findFirst({ where: { tokenHash: hashOf(token), revokedAt: null, expiresAt: { gt: now } }, select: { modelId: true, expiresAt: true } });
}
