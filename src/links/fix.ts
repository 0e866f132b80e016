// Fixing a broken link once for the whole catalogue: one address replaced by another in every
// live row that links to it (the fields of ./targets.ts: evaluation documents, bibliography
// entries of models and theme articles, models' original descriptions, organisations'
// websites), in one transaction with its audit entry. The old address's finding goes with it;
// the next `npm run links:check` checks the new one.
//
// What it does not rewrite: the snapshots of model and evaluation revisions (the working area's
// drafts and history) and the content files. A model or evaluation edited in the working area
// keeps the old address in its newest snapshot, so its next publish writes that address back
// into the live rows and the next check lists it again; so does a content file that changes
// and is seeded again. Rewriting snapshots would change history that editors compare and
// restore from, so those are fixed in the draft or the file.
import { z } from "zod";
import { audit } from "@/auth/audit";
import { NotAllowedError } from "@/auth/people-admin";
import { may, type Viewer } from "@/auth/permissions";
import type { Db } from "@/db/client";
import type { LinkField } from "./targets";

/**
 * Why a fix was refused: the new address is not a full http(s) address, it is the old one,
 * or nothing uses the old address any more (someone fixed it meanwhile).
 */
export class LinkFixError extends Error {
  constructor(readonly code: "invalidAddress" | "sameAddress" | "notInUse") {
    super(`link not fixed: ${code}`);
    this.name = "LinkFixError";
  }
}

/** A full web address: http:// or https://, a host, no white space; javascript:, mailto: or a relative path are not. */
export const webAddressSchema = z
  .string()
  .trim()
  .max(2_000)
  .refine((value) => /^https?:\/\/[^\s/?#]/i.test(value) && !/\s/.test(value) && URL.canParse(value));

export type FixedLink = { from: string; to: string; counts: Record<LinkField, number>; total: number };

/** Replaces `from` with `to` wherever the catalogue links to it; LinkFixError or NotAllowedError when it cannot. */
export async function fixLink(db: Db, viewer: Viewer, from: string, to: string): Promise<FixedLink> {
  if (!may(viewer, "links.fix")) throw new NotAllowedError();
  const parsed = webAddressSchema.safeParse(to);
  if (!parsed.success) throw new LinkFixError("invalidAddress");
  const address = parsed.data;
  if (address === from) throw new LinkFixError("sameAddress");
  return db.$transaction(async (tx) => {
    const counts: Record<LinkField, number> = {
      "EvaluationDocument.url": (await tx.evaluationDocument.updateMany({ where: { url: from }, data: { url: address } })).count,
      "Reference.url": (await tx.reference.updateMany({ where: { url: from }, data: { url: address } })).count,
      "PracticeModel.sourceUrl": (await tx.practiceModel.updateMany({ where: { sourceUrl: from }, data: { sourceUrl: address } })).count,
      "Organisation.website": (await tx.organisation.updateMany({ where: { website: from }, data: { website: address } })).count,
    };
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    if (total === 0) throw new LinkFixError("notInUse");
    await tx.linkCheck.deleteMany({ where: { url: from } });
    await audit(tx, { action: "link-fixed", actor: { id: viewer.id, email: viewer.email }, details: { from, to: address, counts } });
    return { from, to: address, counts, total };
  });
}
