/**
 * `npm run ingest -- PATH|URL...`: extracts the articles under PATH (files and folders, recursively; .txt,
 * .md, .html) and at each http(s) URL (an article, an RSS/Atom feed or a sitemap: ingest/ingest-web.ts),
 * and loads them into Neo4j. Uses NEO4J_URI when set, the embedded Neo4j of a running `npm start`
 * when there is one, and otherwise starts the embedded Neo4j for the duration of the run.
 *
 * On a terminal it shows a progress bar (files, rate, ETA); otherwise a plain line every few seconds. At the
 * end it prints a summary. Exit codes: 0 all loaded (or already present), 1 some files failed, 2 usage,
 * 3 the database was unreachable.
 */
import { cliConfig } from "./cli-config.ts";
import { withLoaderDatabase } from "./loader-database.ts";
import { ingestPaths, type IngestProgress } from "../ingest/ingest.ts";
import { walkArticleFiles } from "../read/walk-files.ts";
import { loadExtractionResources } from "../extract/extract-facts.ts";
import { ingestWeb } from "../ingest/ingest-web.ts";
import { WebClient, webClientOptionsFrom } from "../read/web/web-client.ts";
import { printWebSummary, webProgressReporter } from "./web-progress.ts";
import { countProgressReporter } from "./count-progress.ts";

const isWebAddress = (arg: string) => /^https?:\/\//i.test(arg);

const USAGE = "usage: npm run ingest -- [--batch-size N] PATH|URL...";

function parseArgs(argv: readonly string[]): { paths: string[]; batchSize: number } | string {
  const paths: string[] = [];
  let batchSize = 1000;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--batch-size") {
      batchSize = Number(argv[++i]);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
        return `bad --batch-size\n${USAGE}`;
    } else if (arg === "--help" || arg === "-h") return USAGE;
    else if (arg.startsWith("--")) return `unknown option ${arg}\n${USAGE}`;
    else paths.push(arg);
  }
  return paths.length > 0 ? { paths, batchSize } : USAGE;
}

async function countFiles(paths: readonly string[]): Promise<number> {
  let n = 0;
  for await (const _ of walkArticleFiles(paths)) n += 1;
  return n;
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
  return withLoaderDatabase(config, say, async (database) => {
    const urls = args.paths.filter(isWebAddress);
    const paths = args.paths.filter((arg) => !isWebAddress(arg));
    let failed = 0;
    if (paths.length > 0) {
      const total = await countFiles(paths);
      const bar = countProgressReporter("ingest", "files", total);
      const progress = {
        update: (p: IngestProgress) => bar.update({ ...p, done: p.filesDone }),
        stop: bar.stop,
      };
      let summary;
      try {
        summary = await ingestPaths(database.driver, paths, {
          database: database.database,
          batchSize: args.batchSize,
          onProgress: progress.update,
        });
        progress.update(summary);
      } finally {
        progress.stop();
      }
      const seconds = summary.elapsedMs / 1000;
      for (const failure of summary.failures) say(`failed: ${failure.file}: ${failure.error}`);
      process.stdout.write(
        [
          `files: ${summary.filesDone} in ${seconds.toFixed(1)} s (${(summary.filesDone / Math.max(seconds, 0.001)).toFixed(0)} files/s)`,
          `documents added: ${summary.added}, already present: ${summary.alreadyPresent}, failed: ${summary.failed}`,
          `nodes created: ${summary.nodesCreated}, relationships created: ${summary.relationshipsCreated}`,
        ].join("\n") + "\n",
      );
      failed += summary.failed;
    }
    if (urls.length > 0) {
      if (!config.IMPORT_CONTACT)
        say(
          "note: IMPORT_CONTACT is not set; sites see no contact in Jejaring's User-Agent (docs/ingest.md)",
        );
      const progress = webProgressReporter();
      let summary;
      try {
        summary = await ingestWeb(database.driver, urls, {
          client: new WebClient(webClientOptionsFrom(config)),
          resources: await loadExtractionResources(),
          database: database.database,
          batchSize: Math.min(args.batchSize, 200),
          onProgress: progress.update,
        });
      } finally {
        progress.stop();
      }
      printWebSummary(summary, say);
      failed += summary.failed;
    }
    return failed > 0 ? 1 : 0;
  });
}

process.exitCode = await main();
