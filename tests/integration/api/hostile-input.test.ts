/**
 * Hostile input against every API route: empty, huge, binary and wrongly typed parameters, unknown ids,
 * malformed bodies and strings that look like Cypher or Lucene. Each answer must be a clear 4xx with the
 * common error body (or a 200 for a search that simply finds nothing), never a 5xx; every status must be
 * one the OpenAPI document declares for that route; and the stored graph must be exactly as before.
 */
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphShape, type GraphShape } from "../../helpers/_graph.ts";
import { seededApp, type SeededApp } from "./_seeded-app.ts";

const TOKEN = "hostile-test-token-0123456789";

let seeded: SeededApp;
let before: GraphShape;
let declared: (method: string, url: string) => string[];

beforeAll(async () => {
  seeded = await seededApp({ API_TOKEN: TOKEN, BODY_LIMIT_BYTES: "4096" });
  before = await graphShape(seeded.driver);
  const openapi = (await seeded.app.inject({ url: "/api/openapi.json" })).json<{
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  }>();
  const templates = Object.entries(openapi.paths).map(([path, operations]) => ({
    pattern: new RegExp(`^${path.replace(/\/$/, "").replace(/\{[^}]+\}/g, "[^/]+")}/?$`),
    operations,
  }));
  declared = (method, url) => {
    const path = url.split("?")[0]!;
    const route = templates.find((t) => t.pattern.test(path));
    return Object.keys(route?.operations[method.toLowerCase()]?.responses ?? {});
  };
});

afterAll(async () => {
  await seeded?.close();
});

const CYPHERISH = [
  "MATCH (n) DETACH DELETE n",
  "' OR 1=1 //",
  '"}) DETACH DELETE n //',
  "32.75'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  'bekasi") RETURN n UNION MATCH (m) DETACH DELETE m //',
  "CALL db.index.fulltext.drop('search_names')",
  "*:*",
  "ksb~ AND NOT *",
  "[* TO *]",
  "((((",
  "\\",
  "$code",
  "{{7*7}}",
  "<script>alert(1)</script>",
];
const BINARY = ["%00", "%FF%FE", "%C3%28", "%EF%BF%BD", "%0A%0D", "%E2%80%AE"];
const enc = encodeURIComponent;

function requests(): Array<{
  method: "GET" | "POST";
  url: string;
  payload?: string;
  headers?: Record<string, string>;
}> {
  const gets: string[] = [];
  for (const text of [...CYPHERISH, "", " ", "a".repeat(5000)]) {
    gets.push(`/api/search?q=${enc(text)}`);
    gets.push(`/api/nodes/${enc(text)}`);
    gets.push(`/api/graph/neighborhood?id=${enc(text)}`);
    gets.push(`/api/graph/neighborhood?id=32.75&kinds=${enc(text)}&sectors=${enc(text)}&from=${enc(text)}`);
    gets.push(`/api/graph/path?from=${enc(text)}&to=32.75`);
    gets.push(`/api/graph/path?from=52.07&to=31&via=${enc(text)}`);
    gets.push(`/api/regions/${enc(text)}/peers?by=${enc(text)}`);
    gets.push(`/api/regions/${enc(text)}/timeline`);
    gets.push(`/api/pairs/32.75/${enc(text)}`);
    gets.push(`/api/documents/${enc(text)}`);
    gets.push(`/api/nodes/event:${enc(text)}`);
    gets.push(`/api/nodes/program:${enc(text)}`);
  }
  for (const bytes of BINARY) {
    gets.push(`/api/search?q=${bytes}`, `/api/search?q=bekasi${bytes}`, `/api/nodes/${bytes}`);
    gets.push(
      `/api/nodes/person:${bytes}`,
      `/api/graph/neighborhood?id=${bytes}`,
      `/api/regions/${bytes}/peers`,
    );
    gets.push(`/api/graph/neighborhood?id=32.75&from=${bytes}`, `/api/documents/sha256:${bytes}`);
  }
  for (const value of [
    "-1",
    "0",
    "1.5",
    "1e309",
    "NaN",
    "true",
    "[]",
    "99999999999999999999",
    "0x10",
    " 2",
  ]) {
    gets.push(`/api/search?q=bekasi&limit=${enc(value)}`);
    gets.push(`/api/graph/neighborhood?id=32.75&depth=${enc(value)}&limit=${enc(value)}`);
    gets.push(`/api/graph/path?from=52.07&to=32.75&maxLength=${enc(value)}`);
    gets.push(`/api/regions/52.07/peers?limit=${enc(value)}`);
    gets.push(`/api/regions/52.07/timeline?limit=${enc(value)}`);
  }
  gets.push(
    "/api/search?q[]=bekasi",
    "/api/search?q=bekasi&q=bandung",
    "/api/search?q[a]=1",
    "/api/graph/neighborhood?id=32.75&id=31",
    "/api/graph/neighborhood?id[]=32.75",
    "/api/graph/neighborhood?id=32.75&kinds[]=agreement",
    "/api/graph/path?from=32.75&to=32.75&to=31",
    `/api/nodes/${"9".repeat(300)}`,
    `/api/nodes/event:${"x".repeat(250)}`,
    "/api/nodes/32.75%2F..%2F..",
    "/api/nodes/JP%2F%2E%2E",
    "/api/regions/32.75/peers?by=programs,programs,sectors",
    "/api/pairs/32.75/31?extra=1",
    "/api/documents/SHA256:" + "0".repeat(64),
  );
  const bodies: Array<[string, Record<string, string>]> = [
    ["", {}],
    ["{", {}],
    ["null", {}],
    ["[]", {}],
    ['{"text": null}', {}],
    ['{"text": {"$ne": ""}}', {}],
    ['{"text": ["MATCH (n) DETACH DELETE n"]}', {}],
    [`{"text": "${"x".repeat(5000)}"}`, {}],
    ["\u0000\u0001\u0002", {}],
    ['{"text": "Kota Bekasi"}', { "content-type": "text/plain" }],
    ['{"text": "Kota Bekasi"}', { "content-type": "application/x-www-form-urlencoded" }],
    ['{"text": "Kota Bekasi", "publishedAt": "2021-02-30T00:00"}', {}],
    ['{"text": "Kota Bekasi", "title": 5}', {}],
  ];
  return [
    ...gets.map((url) => ({ method: "GET" as const, url })),
    ...bodies.map(([payload, headers]) => ({
      method: "POST" as const,
      url: "/api/documents",
      payload,
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, ...headers },
    })),
    ...CYPHERISH.map((token) => ({
      method: "POST" as const,
      url: "/api/documents",
      payload: '{"text": "Kota Bekasi"}',
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    })),
  ];
}

describe("hostile input", () => {
  it("gets a clear, declared 4xx (or an empty 200 search), never a 5xx, on every route", async () => {
    const failures: string[] = [];
    for (const request of requests()) {
      const response: LightMyRequestResponse = await seeded.app.inject(request);
      const where = `${request.method} ${request.url.slice(0, 120)} ${request.payload?.slice(0, 40) ?? ""}`;
      const status = response.statusCode;
      if (status >= 500) failures.push(`${where} -> ${status} ${response.body.slice(0, 200)}`);
      else if (status >= 400) {
        const body = response.json<{ statusCode: number; code: string; message: string }>();
        if (body.statusCode !== status || !body.code || !body.message) failures.push(`${where} -> bad body`);
      } else if (!(request.method === "GET" && status === 200)) failures.push(`${where} -> ${status}`);
      const statuses = declared(request.method, request.url);
      if (statuses.length > 0 && !statuses.includes(String(status))) {
        failures.push(`${where} -> ${status}, not among the declared ${statuses.join(",")}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("searches for Cypher- and Lucene-looking text as plain words", async () => {
    for (const q of CYPHERISH) {
      const response = await seeded.app.inject({ url: `/api/search?q=${enc(q)}` });
      expect(response.statusCode, q).toBe(200);
    }
    const injected = await seeded.app.inject({ url: `/api/search?q=${enc("bekasi' OR 1=1 //")}` });
    expect(injected.json<{ results: { id: string }[] }>().results[0]?.id).toBe("32.75");
  });

  it("changed nothing that is stored", async () => {
    expect(await graphShape(seeded.driver)).toEqual(before);
  });
});
