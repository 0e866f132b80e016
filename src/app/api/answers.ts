// The JSON answers the API's route handlers share, so that every endpoint says what is wrong
// with a request alike: 400 with `error`, one readable line, and `problems`, one per parameter.
import { NextResponse } from "next/server";
import type { ParamProblem } from "@/search/params";

export function invalidParameters(problems: ParamProblem[]) {
  const error = `Invalid parameters: ${problems.map((p) => `${p.param}=${JSON.stringify(p.value)} (${p.message})`).join("; ")}`;
  return NextResponse.json({ error, problems }, { status: 400 });
}

export function notFound(error: string) {
  return NextResponse.json({ error }, { status: 404 });
}
