// Prisma CLI configuration. Only `prisma generate` runs here: migrations are applied by
// scripts/db-migrate.ts because Prisma's native schema engine cannot be downloaded.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
