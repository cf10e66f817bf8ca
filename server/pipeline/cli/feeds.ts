/**
 * `npm run feeds [-- --watch [MINUTES]] [--sources FILE]`: polls the web sources listed in the sources file
 * (IMPORT_SOURCES, default sources.json): each feed or sitemap once, importing the articles it lists that
 * the source has not seen; with --watch, again every MINUTES (default 60) until Ctrl+C. Each source
 * remembers what it has seen (ingest/sources.ts). Database as for `npm run ingest`.
 *
 * Exit codes: 0 every source polled, 1 some addresses failed, 2 usage or a bad sources file, 3 the database
 * was unreachable.
 */
import { resolve } from "node:path";
import { cliConfig } from "./cli-config.ts";
import { withLoaderDatabase } from "./loader-database.ts";
import { loadExtractionResources } from "../extract/extract-facts.ts";
import { ingestWeb } from "../ingest/ingest-web.ts";
import { loadSources, SourcesError, SourcesState } from "../ingest/sources.ts";
import { WebClient, webClientOptionsFrom } from "../read/web/web-client.ts";
import { identityUrl } from "../read/web/web-urls.ts";
import { printWebSummary, webProgressReporter } from "./web-progress.ts";

const USAGE = "usage: npm run feeds -- [--watch [MINUTES]] [--sources FILE]";

function parseArgs(
  argv: readonly string[],
): { watchMinutes: number | null; sources: string | null } | string {
  let watchMinutes: number | null = null;
  let sources: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--watch") {
      const next = argv[i + 1];
      watchMinutes = 60;
      if (next !== undefined && /^\d+$/.test(next)) {
        watchMinutes = Number(next);
        i++;
      }
      if (watchMinutes < 1 || watchMinutes > 10_080) return `--watch takes 1 to 10080 minutes\n${USAGE}`;
    } else if (arg === "--sources") {
      sources = argv[++i] ?? null;
      if (!sources) return `--sources needs a file\n${USAGE}`;
    } else if (arg === "--help" || arg === "-h") return USAGE;
    else return `unknown argument ${arg}\n${USAGE}`;
  }
  return { watchMinutes, sources };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const say = (line: string) => process.stderr.write(`${line}\n`);
  if (typeof args === "string") {
    say(args);
    return 2;
  }
  const config = cliConfig(say);
  if (!config) return 2;
  const sourcesPath = resolve(args.sources ?? config.IMPORT_SOURCES);
  let sources;
  try {
    sources = loadSources(sourcesPath);
  } catch (error) {
    if (error instanceof SourcesError) {
      say(error.message);
      return 2;
    }
    throw error;
  }
  if (!config.IMPORT_CONTACT)
    say("note: IMPORT_CONTACT is not set; sites see no contact in Jejaring's User-Agent (docs/ingest.md)");
  const client = new WebClient(webClientOptionsFrom(config));
  const resources = await loadExtractionResources();
  const state = SourcesState.in(config.dataDir);
  let stopping = false;
  let wake: (() => void) | undefined;
  const stop = () => {
    stopping = true;
    wake?.();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return withLoaderDatabase(config, say, async (database) => {
    let failed = 0;
    for (;;) {
      failed = 0;
      for (const source of sources) {
        if (stopping) break;
        say(`source: ${source.name} (${source.url})`);
        const seen = state.seenSet(source);
        const validators = state.validators(source);
        const progress = webProgressReporter();
        let summary;
        try {
          summary = await ingestWeb(database.driver, [source.url], {
            client,
            resources,
            database: database.database,
            alreadySeen: (url) => seen.has(url),
            listValidators: validators,
            // A failed address is tried again next time; everything else is remembered.
            onSettled: (url, outcome) => {
              if (outcome !== "failed") seen.add(url);
            },
            onProgress: progress.update,
          });
        } finally {
          progress.stop();
        }
        seen.delete(identityUrl(source.url));
        state.record(source, seen, validators);
        printWebSummary(summary, say);
        failed += summary.failed;
      }
      if (args.watchMinutes === null || stopping) break;
      say(`next poll in ${args.watchMinutes} min (Ctrl+C stops)`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, args.watchMinutes! * 60_000);
      });
      if (stopping) break;
    }
    return failed > 0 ? 1 : 0;
  });
}

process.exitCode = await main();
