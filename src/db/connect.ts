// Opens the database the scripts work on: the server named by DATABASE_URL, or else the
// embedded PGlite in PALASET_DATA_DIR.
import { env } from "@/env";
import { startEmbeddedDatabase } from "./embedded";

export type DatabaseHandle = {
  url: string;
  /** Connections the app may open: one for the embedded database. */
  poolSize: number;
  embedded: boolean;
  close: () => Promise<void>;
};

export async function openDatabase(): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, embedded: false, close: async () => {} };
  }
  const embedded = await startEmbeddedDatabase(env.PALASET_DATA_DIR);
  return { url: embedded.url, poolSize: 1, embedded: true, close: embedded.stop };
}
