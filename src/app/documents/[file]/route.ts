// GET /documents/<sha256>.pdf: an uploaded evaluation document at its stable address. A file
// a published (or withdrawn) evaluation names is public and cached for good (its address is
// its checksum, so it never changes); a file only drafts name is for the people who may read
// those drafts. The answer is a PDF that may not run anything here (CSP sandbox, nosniff) and
// downloads under a safe name made from its title, never from the uploader's file name. A file
// an admin purged answers 410 Gone with the reason.
import { type NextRequest } from "next/server";
import { Readable } from "node:stream";
import { z } from "zod";
import { may } from "@/auth/permissions";
import { currentViewer } from "@/auth/session";
import { catalogue } from "@/catalogue";
import { documentStorage } from "@/documents/storage";
import { resourcePolicy } from "@/http/security-headers";

const fileSchema = z.string().regex(/^[0-9a-f]{64}\.pdf$/);

/** An ASCII file name from a title: letters, digits and hyphens (ä → a). */
function safeFileName(title: string): string {
  const base = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || "document"}.pdf`;
}

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(_request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const file = fileSchema.safeParse((await params).file);
  if (!file.success) return notFound();
  const checksum = file.data.slice(0, 64);
  const served = await catalogue().getServedFile(checksum);
  if (!served) return notFound();
  const live = served.public;
  if (served.purged) {
    return new Response(`This document was removed on ${served.purged.on.toISOString().slice(0, 10)}: ${served.purged.reason}`, {
      status: 410,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  // A file no published evaluation names yet is for those who may read the drafts naming it.
  if (!live && !may(await currentViewer(), "model.read-drafts", { organisationIds: served.draftOrganisations })) return notFound();
  const body = await documentStorage().get(served.storageKey);
  if (!body) return notFound();
  const name = safeFileName(served.title ?? "");
  const stream = body.body instanceof Readable ? (Readable.toWeb(body.body) as ReadableStream<Uint8Array>) : body.body;
  return new Response(stream, {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(body.size),
      "content-disposition": `inline; filename="${name}"`,
      "x-content-type-options": "nosniff",
      "content-security-policy": resourcePolicy,
      "cache-control": live ? "public, max-age=31536000, immutable" : "private, no-store",
      etag: `"${checksum}"`,
    },
  });
}
