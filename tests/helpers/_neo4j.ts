/**
 * The integration tests' handle on the shared test Neo4j (see global-setup.ts), and the one function that
 * may wipe it. The wipe refuses any URI but the one the set-up provided, so a misconfigured run can never
 * empty a real database.
 */
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver } from "../../server/db/neo4j.ts";
import type { Neo4jHandle } from "../../server/plugins/external/neo4j.ts";

export function testDriver(): Driver {
  return createDriver(inject("neo4jUri"), inject("neo4jUser"), inject("neo4jPassword"));
}

export function testHandle(driver: Driver): Neo4jHandle {
  return { driver, database: inject("neo4jDatabase"), kind: "embedded" };
}

/** Deletes every node in batches. Only on the test instance. */
export async function resetTestDatabase(driver: Driver, uri: string): Promise<void> {
  if (uri !== inject("neo4jUri")) throw new Error(`refusing to wipe ${uri}: not the test instance`);
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run rather than executeQuery.
  const session = driver.session({ database: inject("neo4jDatabase") });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}
