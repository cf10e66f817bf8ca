/**
 * Starts the Neo4j the integration tests share: an embedded instance on a free 127.0.0.1 port with its own
 * temporary DATA_DIR (so tests never touch a developer's .data/ or a running `npm start`), or the server
 * named by NEO4J_TEST_URI. Applies cypher/schema/ and hands the connection to the tests with `provide`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { applySchema, createDriver } from "../../server/db/neo4j.ts";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/embedded/neo4j-process.ts";
import { findFreePort } from "../../server/embedded/ports.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string | undefined;
  }
}

let embedded: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  let uri: string, user: string, password: string;
  const database = process.env.NEO4J_TEST_DATABASE || undefined;
  if (process.env.NEO4J_TEST_URI) {
    uri = process.env.NEO4J_TEST_URI;
    user = process.env.NEO4J_TEST_USER ?? "neo4j";
    password = process.env.NEO4J_TEST_PASSWORD ?? "";
  } else {
    dataDir = mkdtempSync(join(tmpdir(), "jejaring-test-"));
    embedded = await startEmbeddedNeo4j({
      dataDir,
      port: await findFreePort(),
      heap: "1g",
      pageCache: "256m",
      log: (line) => process.stderr.write(`[test neo4j] ${line}\n`),
    });
    ({ uri, user, password } = embedded);
  }
  const driver = createDriver(uri, user, password);
  try {
    await applySchema(driver, database);
  } finally {
    await driver.close();
  }
  project.provide("neo4jUri", uri);
  project.provide("neo4jUser", user);
  project.provide("neo4jPassword", password);
  project.provide("neo4jDatabase", database);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
