// Raw SQL results, parsed: Prisma cannot type what `$queryRaw` returns, so every raw query's
// rows go through a zod schema here, at this one boundary, instead of a type assertion.
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "./client";

/** Something that runs raw SQL: the client, or a transaction. */
type Queryable = Pick<Db, "$queryRaw">;

export async function queryRows<T>(db: Queryable, sql: Prisma.Sql, row: z.ZodType<T>): Promise<T[]> {
  const rows: unknown[] = await db.$queryRaw(sql);
  return rows.map((r) => row.parse(r));
}
