/**
 * `npm start`: everything a fresh clone needs to be explored in the browser, in one command.
 *
 * 1. validate the configuration; 2. check the HTTP port; 3. start the embedded Neo4j (building its
 * launcher on first run) or connect to NEO4J_URI; 4. apply cypher/schema/, load the official regions and
 * the seed articles (those not loaded yet); 5. build the web app if stale; 6. serve API and web on one
 * port and print the URL (with API_WORKERS > 1, from that many processes: server/api-workers.ts). SIGINT/SIGTERM close
 * the server, then the database. If the embedded Neo4j dies underneath us, it is started again; the API
 * answers 503 meanwhile and recovers by itself.
 */
import { join } from "node:path";
import closeWithGrace from "close-with-grace";
import { startWorkers } from "../api-workers.ts";
import { ConfigError, loadConfig, type Config } from "../config.ts";
import { applySchema, openDatabase, type Database } from "../db/neo4j.ts";
import { ensureOfficialRegions } from "../pipeline/load/official-regions.ts";
import { startEmbeddedNeo4j } from "../embedded/neo4j-process.ts";
import { isPortFree } from "../embedded/ports.ts";
import type { Neo4jHandle } from "../plugins/external/neo4j.ts";
import { projectRoot, seedsDir } from "../paths.ts";
import { ingestPaths } from "../pipeline/ingest/ingest.ts";
import { storedVersions } from "../pipeline/reextract/reextract.ts";
import { outdatedNotice } from "../pipeline/reextract/outdated-notice.ts";
import { buildServer } from "../server.ts";
import { buildWebIfStale } from "../web/build-web.ts";
import type { ApiWorkerStart } from "./api-worker.ts";

const say = (line: string) => process.stdout.write(`${line}\n`);

function fail(message: string, exitCode = 1): never {
  process.stderr.write(`\n${message}\n`);
  process.exit(exitCode);
}

/** Restarts the embedded Neo4j whenever it exits on its own, with a growing pause between attempts. */
function superviseEmbedded(config: Config, database: Database, stopping: () => boolean) {
  let current = database.embedded;
  if (!current) return;
  let attempt = 0;
  const watch = (instance: NonNullable<typeof current>) => {
    void instance.exited.then(async (code) => {
      if (stopping()) return;
      say(`The embedded Neo4j exited unexpectedly (${code}); restarting it...`);
      while (!stopping()) {
        attempt += 1;
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5))),
        );
        try {
          current = await startEmbeddedNeo4j({
            dataDir: config.dataDir,
            port: config.EMBEDDED_NEO4J_PORT,
            heap: config.NEO4J_HEAP,
            pageCache: config.NEO4J_PAGECACHE,
            password: config.NEO4J_PASSWORD,
            log: say,
          });
          attempt = 0;
          // Same port and password: the driver reconnects on its next query, nothing else to rewire.
          watch(current);
          return;
        } catch (error) {
          say(`Restart failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
        }
      }
    });
  };
  watch(current);
  return () => current?.stop();
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message, 2);
    throw error;
  }

  if (!(await isPortFree(config.PORT, config.HOST))) {
    fail(
      `Port ${config.PORT} on ${config.HOST} is already in use (another "npm start"?). ` +
        "Stop that process or set PORT to a free port, e.g. PORT=8081 npm start.",
    );
  }

  let database: Database;
  try {
    database = await openDatabase(config, { log: say });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  let stopping = false;
  const handle: Neo4jHandle = {
    driver: database.driver,
    database: database.database,
    kind: database.embedded ? "embedded" : "external",
  };
  const stopEmbedded = superviseEmbedded(config, database, () => stopping);
  /** After the API has stopped: the driver, then the supervised embedded Neo4j or the database handle. */
  const stopDatabase = async () => {
    stopping = true;
    await database.driver.close();
    await (stopEmbedded ? stopEmbedded() : database.close());
  };

  const schemaCount = await applySchema(database.driver, database.database);
  const regionCount = await ensureOfficialRegions(database.driver, database.database);
  say(`Schema applied (${schemaCount} statements); ${regionCount} official regions present.`);
  // Stored seed documents are recognised by their content hash and skipped, so this is cheap on restarts.
  const seeds = await ingestPaths(database.driver, [seedsDir], { database: database.database });
  if (seeds.added > 0)
    say(`Seed articles loaded: ${seeds.added} (${seeds.relationshipsCreated} relationships).`);
  for (const failure of seeds.failures) say(`Seed not loaded: ${failure.file}: ${failure.error}`);
  const notice = outdatedNotice(await storedVersions(database.driver, database.database));
  if (notice) say(notice);

  await buildWebIfStale(say);

  const ready = () => {
    say(
      `\nJejaring is ready at http://${config.HOST}:${config.PORT}/ (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    );
    say(`API reference: http://${config.HOST}:${config.PORT}/docs`);
  };

  if (config.API_WORKERS > 1) {
    const start: ApiWorkerStart = {
      neo4j: {
        uri: database.uri,
        user: database.embedded?.user ?? config.NEO4J_USER,
        password: database.embedded?.password ?? config.NEO4J_PASSWORD ?? "",
        database: database.database,
        kind: handle.kind,
      },
    };
    const pool = startWorkers({
      count: config.API_WORKERS,
      exec: join(projectRoot, "server", "cli", "api-worker.ts"),
      start,
      log: say,
    });
    closeWithGrace({ delay: 20_000 }, async ({ signal, err }) => {
      stopping = true;
      say(err ? `Stopping after an error: ${String(err)}` : `${signal} received, stopping`);
      await pool.stop();
      await stopDatabase();
    });
    try {
      await pool.listening;
    } catch (error) {
      stopping = true;
      await pool.stop();
      await stopDatabase();
      fail(`The API workers could not listen on ${config.HOST}:${config.PORT}: ${String(error)}`);
    }
    ready();
    say(`Served by ${config.API_WORKERS} API processes (API_WORKERS).`);
    return;
  }

  const server = await buildServer({ config, neo4j: handle });
  closeWithGrace({ delay: 20_000 }, async ({ signal, err }) => {
    stopping = true;
    if (err) server.log.error({ err }, "stopping after an error");
    else server.log.info(`${signal} received, stopping`);
    await server.close();
    await stopDatabase();
  });

  try {
    await server.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    stopping = true;
    await database.close();
    fail(
      `Could not listen on ${config.HOST}:${config.PORT}: ${error instanceof Error ? error.message : error}`,
    );
  }
  ready();
}

void main();
