// Opens the model of a working-area route: 404 for no such model, 403 outside its organisations.
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { editorial } from "@/editorial/app";

export async function openForViewer(viewer: Viewer, rawId: string) {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  try {
    const model = await editorial.open(viewer, id.data);
    if (!model) notFound();
    return model;
  } catch (error) {
    if (error instanceof NotAllowedError) forbidden();
    throw error;
  }
}
