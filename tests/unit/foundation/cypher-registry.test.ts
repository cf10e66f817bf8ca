import { describe, expect, it } from "vitest";
import {
  QUERY_NAMES,
  query,
  queryFilesOnDisk,
  schemaStatements,
} from "../../../server/db/cypher-registry.ts";

describe("the Cypher registry", () => {
  it("names exactly the query files on disk, no more and no fewer", () => {
    expect([...queryFilesOnDisk()].sort()).toEqual([...QUERY_NAMES].sort());
  });

  it("documents each query's purpose, params and columns in its header", () => {
    for (const name of QUERY_NAMES) {
      const header = query(name)
        .split("\n")
        .filter((line) => line.startsWith("//"))
        .join("\n");
      expect(header, name).toMatch(/params:/);
      expect(header, name).toMatch(/returns:/);
    }
  });

  it("reads schema statements in file order, all idempotent", () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(12);
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT region_code/);
    expect(statements.some((s) => s.includes("FULLTEXT INDEX search_names"))).toBe(true);
  });
});
