/**
 * The one Neo4j connection of a process: the driver, the database name, and (in the embedded default) the
 * child JVM it talks to, and applying cypher/schema/, which every start does before serving (the official
 * regions are the loader's: pipeline/load/official-regions.ts).
 *
 * The same driver code serves the embedded instance, a server, a cluster or Aura: only the URI differs.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.ts";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../embedded/neo4j-process.ts";
import { readOrCreatePassword } from "../embedded/password.ts";
import { isPortFree } from "../embedded/ports.ts";
import { query, schemaStatements } from "./cypher-registry.ts";

export interface Database {
  readonly driver: Driver;
  /** undefined means the server's default database. */
  readonly database: string | undefined;
  readonly uri: string;
  /** Present when this process started the embedded Neo4j. */
  readonly embedded: EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Plain JS numbers: every integer we store (counts, years, offsets) is far below 2^53.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 10_000,
    userAgent: "jejaring/0.1",
  });
}

export interface OpenOptions {
  log?: (line: string) => void;
  /**
   * For command-line tools beside a running `npm start`: when the embedded Bolt port already answers, use
   * that Neo4j (with the password in DATA_DIR) instead of starting a second one on the same store.
   */
  reuseRunningEmbedded?: boolean;
}

/** Connects to NEO4J_URI when set, else starts (or reuses the store of) the embedded Neo4j. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<Database> {
  const log = options.log ?? (() => {});
  if (config.NEO4J_URI) {
    const driver = createDriver(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD ?? "");
    try {
      await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    } catch (error) {
      await driver.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Cannot reach the Neo4j at NEO4J_URI=${config.NEO4J_URI} as ${config.NEO4J_USER}: ${reason}\n` +
          "Check the URI, user and password, or unset NEO4J_URI to use the embedded Neo4j.",
      );
    }
    return {
      driver,
      database: config.NEO4J_DATABASE,
      uri: config.NEO4J_URI,
      embedded: undefined,
      close: () => driver.close(),
    };
  }
  if (options.reuseRunningEmbedded && !(await isPortFree(config.EMBEDDED_NEO4J_PORT))) {
    const uri = `bolt://127.0.0.1:${config.EMBEDDED_NEO4J_PORT}`;
    const driver = createDriver(uri, "neo4j", config.NEO4J_PASSWORD ?? readOrCreatePassword(config.dataDir));
    try {
      await driver.verifyConnectivity();
    } catch (error) {
      await driver.close();
      throw new Error(
        `Port ${config.EMBEDDED_NEO4J_PORT} (EMBEDDED_NEO4J_PORT) is in use but does not answer as this project's ` +
          `Neo4j (${error instanceof Error ? error.message : String(error)}). Stop what holds it, or set NEO4J_URI.`,
      );
    }
    log(`Using the Neo4j already running at ${uri}.`);
    return { driver, database: undefined, uri, embedded: undefined, close: () => driver.close() };
  }
  const embedded = await startEmbeddedNeo4j({
    dataDir: config.dataDir,
    port: config.EMBEDDED_NEO4J_PORT,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    password: config.NEO4J_PASSWORD,
    log,
  });
  const driver = createDriver(embedded.uri, embedded.user, embedded.password);
  return {
    driver,
    database: undefined,
    uri: embedded.uri,
    embedded,
    close: async () => {
      await driver.close();
      await embedded.stop();
    },
  };
}

/** Applies every statement of cypher/schema/ in order (all IF NOT EXISTS) and waits for the indexes. */
export async function applySchema(driver: Driver, database: string | undefined): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  return statements.length;
}

export interface ServerVersion {
  name: string;
  version: string;
  edition: string;
}

/**
 * Neo4j's name, version and edition, read in a read transaction bounded by timeoutMs. An auto-commit
 * session, not executeQuery: the health probe must fail fast, not retry for the driver's retry window.
 */
export async function serverVersion(
  driver: Driver,
  database: string | undefined,
  timeoutMs: number,
): Promise<ServerVersion> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(query("read/get-health"), {}, { timeout: timeoutMs });
    const record = result.records[0];
    return {
      name: String(record?.get("name") ?? "Neo4j"),
      version: String(record?.get("version") ?? "unknown"),
      edition: String(record?.get("edition") ?? "unknown"),
    };
  } finally {
    await session.close();
  }
}
