/**
 * The OpenAPI document is what API fuzzers test against, so it must be exact: every route declares its
 * success body and the error statuses it can answer (429, 500 and 503 everywhere; 400 wherever input is
 * validated; 404 wherever an id is looked up; 414 wherever a path parameter can be too long), each with the
 * common error body. Built without a database: generating the document needs none.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config.ts";
import { createDriver } from "../../../server/db/neo4j.ts";
import { buildServer } from "../../../server/server.ts";

type Operation = {
  parameters?: { in: string; name: string }[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
  security?: unknown[];
};

let app: FastifyInstance;
let paths: Record<string, Record<string, Operation>>;
let schemas: Record<string, { properties?: Record<string, { $ref?: string; items?: { $ref?: string } }> }>;
const driver = createDriver("bolt://127.0.0.1:9", "neo4j", "unused-password");

beforeAll(async () => {
  app = await buildServer({
    config: loadConfig({ LOG_LEVEL: "silent" }),
    neo4j: { driver, database: undefined, kind: "external" },
    logger: false,
  });
  const document = (await app.inject({ url: "/api/openapi.json" })).json<{
    paths: typeof paths;
    components: { schemas: typeof schemas };
  }>();
  paths = document.paths;
  schemas = document.components.schemas;
});

afterAll(async () => {
  await app?.close();
  await driver.close();
});

const operations = () =>
  Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method, op })),
  );

describe("the OpenAPI document", () => {
  it("lists every API route", () => {
    expect(Object.keys(paths).sort()).toEqual(
      [
        "/api/documents/",
        "/api/documents/preview/",
        "/api/documents/{id}",
        "/api/documents/import/",
        "/api/documents/import/preview",
        "/api/graph/neighborhood",
        "/api/graph/path",
        "/api/health/",
        "/api/nodes/{id}",
        "/api/pairs/{a}/{b}",
        "/api/programs/{id}/learn-from",
        "/api/sectors/{id}/learn-from",
        "/api/regions/{code}/peers",
        "/api/regions/{code}/timeline",
        "/api/search/",
        "/api/stats/",
        "/api/views/",
        "/api/views/{id}",
      ].sort(),
    );
  });

  it("declares the error statuses each route can answer, each with the common error body", () => {
    for (const { path, method, op } of operations()) {
      if (path.startsWith("/api/health")) continue;
      const statuses = Object.keys(op.responses);
      const where = `${method} ${path}`;
      expect(statuses, where).toEqual(expect.arrayContaining(["429", "500", "503"]));
      if (op.parameters?.length || method === "post") expect(statuses, where).toContain("400");
      if (op.parameters?.some((p) => p.in === "path"))
        expect(statuses, where).toEqual(expect.arrayContaining(["404", "414"]));
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        expect(
          op.responses[status]!.content?.["application/json"]?.schema.$ref,
          `${where} ${status}`,
        ).toMatch(/ErrorBody/);
      }
    }
  });

  it("marks the saved views' writes as needing the bearer token, with their refusals", () => {
    const views = paths["/api/views/"]!;
    const one = paths["/api/views/{id}"]!;
    expect(Object.keys(views).sort()).toEqual(["get", "post"]);
    expect(Object.keys(one).sort()).toEqual(["delete", "get", "put"]);
    for (const op of [views.post!, one.put!, one.delete!]) {
      expect(op.security).toEqual([{ bearerAuth: [] }]);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["400", "401", "403"]));
    }
    expect(Object.keys(views.post!.responses)).toEqual(expect.arrayContaining(["201", "413", "415"]));
    expect(views.get!.security).toBeUndefined();
  });

  it("declares the pair story as partnerships and shared events, each with the pair's sentences", () => {
    const ok = paths["/api/pairs/{a}/{b}"]!.get!.responses["200"]!;
    expect(ok.content?.["application/json"]?.schema.$ref).toMatch(/\/Pair$/);
    const pair = schemas["Pair"]!.properties!;
    expect(Object.keys(pair).sort()).toEqual(["a", "b", "partnerships", "sharedEvents", "summary"]);
    expect(pair["partnerships"]!.items?.$ref).toMatch(/\/PairEvent$/);
    expect(pair["sharedEvents"]!.items?.$ref).toMatch(/\/PairEvent$/);
    expect(Object.keys(schemas["PairEvent"]!.properties!)).toEqual(
      expect.arrayContaining(["date", "status", "hub", "validUntil", "roles", "reports", "sources"]),
    );
    expect(Object.keys(schemas["PairReport"]!.properties!)).toEqual(
      expect.arrayContaining(["documentId", "title", "url", "date", "validity", "a", "b"]),
    );
  });

  it("marks the write as needing the bearer token, with its refusals", () => {
    const post = paths["/api/documents/"]!.post!;
    expect(post.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(post.responses)).toEqual(
      expect.arrayContaining(["200", "201", "401", "403", "413", "415", "422"]),
    );
  });
});
