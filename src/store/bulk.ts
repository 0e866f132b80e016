// Bulk inserts for the seed. Each chunk of rows is one statement with one parameter, the rows
// as JSON; json_populate_recordset turns them into records of the table's own type, which
// converts every field to its column's type (enums, uuids, dates, text arrays). Prisma's
// createMany binds each value as a parameter of its own, and for the 100,000s of rows of a
// large catalogue that binding cost more than PostgreSQL's work.
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "./upsert";

/** The row types of the tables the seed fills in bulk. */
type Rows = {
  PracticeModel: Prisma.PracticeModelCreateManyInput;
  ModelTranslation: Prisma.ModelTranslationCreateManyInput;
  ModelSection: Prisma.ModelSectionCreateManyInput;
  ModelTerm: Prisma.ModelTermCreateManyInput;
  ModelDeveloper: Prisma.ModelDeveloperCreateManyInput;
  ModelAdoption: Prisma.ModelAdoptionCreateManyInput;
  Reference: Prisma.ReferenceCreateManyInput;
  Evaluation: Prisma.EvaluationCreateManyInput;
  EvaluationTranslation: Prisma.EvaluationTranslationCreateManyInput;
  EvaluationDimension: Prisma.EvaluationDimensionCreateManyInput;
  EvaluationDimensionTranslation: Prisma.EvaluationDimensionTranslationCreateManyInput;
  EvaluationDocument: Prisma.EvaluationDocumentCreateManyInput;
};

/** Rows per statement: a few megabytes of JSON for the largest rows, the model texts. */
const chunkSize = 1000;

/** Names come from the code, never from content; the check keeps it that way. */
function quoted(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`Seed: "${name}" is not a table or column name`);
  return `"${name}"`;
}

/**
 * Inserts `rows` into `table`, into the columns named by the rows' keys. Unlike createMany,
 * a key that is absent or undefined is written as NULL, not as the column's default: rows
 * name every column they set, and leave out the columns whose defaults apply.
 */
export async function insertRows<T extends keyof Rows>(tx: Tx, table: T, rows: Rows[T][]) {
  if (rows.length === 0) return;
  const keys = new Set<string>();
  for (const row of rows) for (const key in row) keys.add(key);
  const columns = Prisma.raw([...keys].map(quoted).join(", "));
  const target = Prisma.raw(quoted(table));
  for (let i = 0; i < rows.length; i += chunkSize) {
    const json = JSON.stringify(rows.slice(i, i + chunkSize));
    await tx.$executeRaw`INSERT INTO ${target} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${target}, ${json}::json)`;
  }
}
