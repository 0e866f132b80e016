// The evaluation frameworks as seeded from content/evaluation-frameworks.yaml, each read back
// with the schema that checked the file.
import type { Db } from "./client";
import { evaluationFrameworkSchema, type EvaluationFramework } from "@/domain/evaluation-frameworks";
import type { Prisma } from "@/generated/prisma/client";

export async function readEvaluationFrameworks(db: Db | Prisma.TransactionClient): Promise<EvaluationFramework[]> {
  const rows = await db.evaluationFramework.findMany({ orderBy: { position: "asc" }, select: { definition: true } });
  return rows.map((row) => evaluationFrameworkSchema.parse(row.definition));
}
