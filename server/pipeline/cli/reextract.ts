/**
 * `npm run reextract [-- --all]`: extracts the stored documents again with this extractor and replaces
 * their facts (pipeline/reextract/). Only documents whose facts an older extractor made are redone, unless
 * --all. Uses NEO4J_URI when set, the embedded Neo4j of a running `npm start` when there is one, and
 * otherwise starts the embedded Neo4j for the duration of the run.
 *
 * A progress bar on a terminal, a line every few seconds otherwise, a summary at the end. Killed at any
 * point, it loses nothing: run it again to finish. Exit codes like `npm run ingest`: 0 done (or nothing to
 * do), 1 some documents could not be redone (they keep their facts), 2 usage, 3 Neo4j unreachable.
 */
import { cliConfig } from "./cli-config.ts";
import { loadExtractionResources } from "../extract/extract-facts.ts";
import { EXTRACTOR_VERSION } from "../extract/extractor-version.ts";
import { ensureOfficialRegions } from "../load/official-regions.ts";
import { NewerExtractorError, reextractStored, type ReextractProgress } from "../reextract/reextract.ts";
import { countProgressReporter } from "./count-progress.ts";
import { withLoaderDatabase } from "./loader-database.ts";

const USAGE = "usage: npm run reextract [-- --all]";

function parseArgs(argv: readonly string[]): { all: boolean } | string {
  let all = false;
  for (const arg of argv) {
    if (arg === "--all") all = true;
    else if (arg === "--help" || arg === "-h") return USAGE;
    else return `unknown argument ${arg}\n${USAGE}`;
  }
  return { all };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const config = cliConfig(say);
  if (!config) return 2;
  return withLoaderDatabase(
    config,
    say,
    async (database) => {
      let progress: ReturnType<typeof countProgressReporter> | undefined;
      try {
        const update = (p: ReextractProgress) => {
          progress ??= countProgressReporter("reextract", "documents", p.total);
          progress.update(p);
        };
        const summary = await reextractStored(database.driver, await loadExtractionResources(), {
          database: database.database,
          all: args.all,
          onProgress: update,
          beforeWriting: () => ensureOfficialRegions(database.driver, database.database),
        });
        progress?.stop();
        for (const failure of summary.failures) say(`failed: ${failure.id}: ${failure.error}`);
        const seconds = summary.elapsedMs / 1000;
        process.stdout.write(
          [
            `extractor version ${EXTRACTOR_VERSION}: ${summary.done} of ${summary.total} ${args.all ? "stored" : "outdated"} documents re-extracted in ${seconds.toFixed(1)} s` +
              ` (${summary.transactions} transactions; ${summary.alongside} current documents re-read with them because they share events), failed: ${summary.failed}`,
            `events removed: ${summary.eventsRemoved}, officials removed: ${summary.peopleRemoved}, nodes created: ${summary.nodesCreated}, relationships created: ${summary.relationshipsCreated}`,
          ].join("\n") + "\n",
        );
        return summary.failed > 0 ? 1 : 0;
      } catch (error) {
        progress?.stop();
        if (error instanceof NewerExtractorError) {
          say(error.message);
          return 1;
        }
        throw error;
      }
    },
    { officialRegions: "when-writing" },
  );
}

process.exitCode = await main();
