import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { applySchema } from "../../../server/db/neo4j.ts";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";
import { buildTestApp } from "../../helpers/build-app.ts";

let driver: Driver;
let app: FastifyInstance;

beforeAll(async () => {
  driver = testDriver();
  await resetTestDatabase(driver, inject("neo4jUri"));
  app = await buildTestApp(driver);
});

afterAll(async () => {
  await app?.close();
  await driver?.close();
});

const count = async (cypher: string) =>
  Number((await driver.executeQuery(cypher)).records[0]?.get(0) ?? Number.NaN);

describe("GET /api/health", () => {
  it("reports Neo4j 5.26 up", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ status: "ok", neo4j: "up", neo4jEdition: "community" });
    expect(body.neo4jVersion).toMatch(/^5\.26\.\d+$/);
  });

  it("sends security headers and no CORS header by default", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/health",
      headers: { origin: "https://evil.example" },
    });
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("unknown routes", () => {
  it("answer a JSON 404 in the common error shape", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nothing-here?x=1" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      statusCode: 404,
      code: "JJ_NOT_FOUND",
      error: "Not Found",
      message: "No route for GET /api/nothing-here.",
    });
  });
});

describe("the OpenAPI document", () => {
  it("is served and declares the health route", async () => {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain("/api/health/");
  });
});

describe("schema and reference regions", () => {
  it("applying the schema twice changes nothing", async () => {
    await applySchema(driver, undefined);
    const constraints = await count("SHOW CONSTRAINTS YIELD name RETURN count(*)");
    const indexes = await count("SHOW INDEXES YIELD name RETURN count(*)");
    await applySchema(driver, undefined);
    expect(await count("SHOW CONSTRAINTS YIELD name RETURN count(*)")).toBe(constraints);
    expect(await count("SHOW INDEXES YIELD name RETURN count(*)")).toBe(indexes);
    expect(constraints).toBeGreaterThanOrEqual(7);
  });

  it("loads all 552 official regions linked to their provinces, idempotently", async () => {
    expect(await ensureOfficialRegions(driver, undefined)).toBe(552);
    expect(await ensureOfficialRegions(driver, undefined)).toBe(552);
    expect(await count("MATCH (r:Region {official: true}) RETURN count(r)")).toBe(552);
    expect(await count("MATCH (r:Region {code: 'ID', kind: 'country'}) RETURN count(r)")).toBe(1);
    expect(await count("MATCH (:Region)-[l:IN_PROVINCE]->(:Region {kind: 'province'}) RETURN count(l)")).toBe(
      514,
    );
    const bekasi = await driver.executeQuery(
      "MATCH (r:Region {code: '32.75'})-[:IN_PROVINCE]->(p) RETURN r.name AS name, r.kind AS kind, p.name AS province",
    );
    expect(bekasi.records[0]?.toObject()).toEqual({
      name: "Kota Bekasi",
      kind: "city",
      province: "Jawa Barat",
    });
  });
});
