// POST /api/uploads/evaluations/<id>?locale=fi: a coordinator uploads a PDF to an evaluation's
// draft from a plain form (multipart, so it works without JavaScript). Server actions take 1 MB
// and the proxy would cut a body at 10 MB, so this is a route handler, which like all of the
// API the proxy does not see (src/proxy.ts). The body is read as a stream and refused as soon as
// it passes the limit; the multipart form is then parsed by the platform's own parser. Answers
// redirect back to the evaluation's page with what happened.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { publicUrl } from "@/auth/app";
import { NotAllowedError } from "@/auth/people-admin";
import { currentViewer } from "@/auth/session";
import { locales, type Locale } from "@/domain/locale";
import { maxDocumentBytes } from "@/documents/pdf";
import { editorial } from "@/editorial/app";
import { UploadRefusedError } from "@/editorial/evaluation-documents";
import { typedUploadQuery, uploadFieldsSchema } from "@/editorial/upload-fields";
import { StaleEvaluationError } from "@/editorial/evaluations";
import { apiRoute } from "@/http/api-route";
import { appRateLimits } from "@/http/app-rate-limits";
import { getPathname } from "@/i18n/navigation";

/** The form's fields and multipart framing around the file. */
const formOverhead = 64 * 1024;

const fieldsSchema = uploadFieldsSchema.extend({ baseRevision: z.coerce.number().int().min(0) });

/** The body, or null once it is longer than `limit` (the rest is not read). */
async function readLimited(request: NextRequest, limit: number): Promise<Buffer | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export const POST = apiRoute(null, async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(publicUrl()).origin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const locale: Locale = z.enum(locales).catch("fi").parse(request.nextUrl.searchParams.get("locale"));
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: "not found" }, { status: 404 });
  const back = (query: string) =>
    NextResponse.redirect(new URL(`${getPathname({ href: { pathname: "/editorial/evaluations/[id]", params: { id: id.data } }, locale })}?${query}#outcome`, publicUrl()), 303);
  const viewer = await currentViewer();
  if (!viewer) return NextResponse.redirect(new URL(getPathname({ href: "/sign-in", locale }), publicUrl()), 303);

  // Each upload is read on a worker thread: one person cannot keep it busy.
  if (!(await appRateLimits().take("upload", viewer.id)).allowed) return back("problem=too-many");
  const body = await readLimited(request, maxDocumentBytes + formOverhead);
  if (!body) return back("problem=too-large");
  const form = await new Response(new Blob([new Uint8Array(body)]), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData().catch(() => null);
  const file = form?.get("file");
  const fields = fieldsSchema.safeParse(Object.fromEntries([...(form ?? [])].filter(([, v]) => typeof v === "string")));
  if (!form || !fields.success) return back("problem=invalid");
  const { baseRevision, title, language, publishedOn, page } = fields.data;
  // Refused, the page's form gets back what was typed.
  const refused = (problem: string) => back(`problem=${problem}&${typedUploadQuery(fields.data)}`);
  if (!(file instanceof File) || file.size === 0) return refused("empty");
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    await editorial.evaluations.upload(viewer, { id: id.data, baseRevision }, bytes, {
      title,
      language,
      publishedOn: publishedOn || undefined,
      page: page === "" ? undefined : page,
    });
  } catch (error) {
    if (error instanceof UploadRefusedError) return refused(error.code);
    if (error instanceof StaleEvaluationError) return refused("stale");
    if (error instanceof NotAllowedError) return back("problem=notAllowed");
    throw error;
  }
  return back("done=uploaded");
});
