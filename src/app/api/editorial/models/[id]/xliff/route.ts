// GET /api/editorial/models/<id>/xliff?target=sv: the XLIFF 2.0 file of a model's fields whose
// translation into the target language is behind (src/editorial/xliff.ts), as a download, for
// those who may read the model's drafts. Taking it out records a translation request.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { currentViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { apiRoute } from "@/http/api-route";

const noStore = { "Cache-Control": "private, no-store" };

export const GET = apiRoute(null, async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const id = z.uuid().safeParse((await params).id);
  const target = z.enum(locales).safeParse(request.nextUrl.searchParams.get("target"));
  if (!id.success || !target.success) return NextResponse.json({ error: "not found" }, { status: 404, headers: noStore });
  const viewer = await currentViewer();
  if (!viewer) return NextResponse.json({ error: "sign in" }, { status: 401, headers: noStore });
  try {
    const file = await editorial.translations.export(viewer, id.data, target.data);
    if (!file) return NextResponse.json({ error: "nothing to translate" }, { status: 404, headers: noStore });
    return new NextResponse(file.xml, {
      headers: { ...noStore, "Content-Type": "application/xliff+xml; charset=utf-8", "Content-Disposition": `attachment; filename="${file.fileName}"` },
    });
  } catch (error) {
    if (error instanceof NotAllowedError) return NextResponse.json({ error: "forbidden" }, { status: 403, headers: noStore });
    throw error;
  }
});
