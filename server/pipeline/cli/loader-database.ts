/**
 * The database session of a loading command (ingest, feeds, reextract): open Neo4j (the embedded one already
 * running, or start it), make sure the schema and the official regions are there, run the command's work,
 * and close. One place for the exit codes every loading command shares: 3 when the database cannot be
 * reached at the start or goes away during the work, with its message.
 */
import type { Config } from "../../config.ts";
import { applySchema, openDatabase, type Database } from "../../db/neo4j.ts";
import { DatabaseUnavailableError } from "../ingest/ingest.ts";
import { ensureOfficialRegions } from "../load/official-regions.ts";

export const DATABASE_UNREACHABLE = 3;

export async function withLoaderDatabase(
  config: Config,
  say: (line: string) => void,
  work: (database: Database) => Promise<number>,
  /** `"when-writing"`: the work ensures them itself before its first write (re-extraction may write nothing). */
  options: { officialRegions?: "at-start" | "when-writing" } = {},
): Promise<number> {
  let database: Database;
  try {
    database = await openDatabase(config, { log: say, reuseRunningEmbedded: true });
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    return DATABASE_UNREACHABLE;
  }
  try {
    await applySchema(database.driver, database.database);
    if (options.officialRegions !== "when-writing")
      await ensureOfficialRegions(database.driver, database.database);
    return await work(database);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      say(error.message);
      return DATABASE_UNREACHABLE;
    }
    throw error;
  } finally {
    await database.close();
  }
}
