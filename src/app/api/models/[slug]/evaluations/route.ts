// GET /api/models/<slug>/evaluations: a published model's published and withdrawn evaluations
// as JSON, their texts in every language they are written in (README, "Search and the API").
// 400 for a malformed slug or any query parameter (there are none), 404 for a slug that names
// no published model.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { catalogue } from "@/catalogue";
import { invalidParameters, notFound } from "../../../answers";
import { apiRoute } from "@/http/api-route";

const slugSchema = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const GET = apiRoute("search", async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const problems = [
    ...(slugSchema.safeParse(slug).success ? [] : [{ param: "slug", value: slug, message: "not a valid slug: lower-case letters a–z, digits and single hyphens" }]),
    ...[...new Set(request.nextUrl.searchParams.keys())].map((param) => ({ param, value: request.nextUrl.searchParams.getAll(param).join(","), message: "unknown parameter" })),
  ];
  if (problems.length > 0) return invalidParameters(problems);
  const evaluations = await catalogue().getModelEvaluations(slug);
  if (!evaluations) return notFound(`No published model has the slug ${JSON.stringify(slug)}`);
  return NextResponse.json({ model: slug, evaluations });
});
