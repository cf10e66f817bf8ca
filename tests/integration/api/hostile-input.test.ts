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
/** A well-formed saved view id that names no view. */
const VIEW_ID = "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

/** View bodies of every wrong shape: each must be refused, with nothing stored. */
function viewBodies(): Array<[string, Record<string, string>]> {
  const view = (fields: Record<string, unknown>) =>
    JSON.stringify({ name: "Nama", creator: "Analis", state: "sel=32.75", ...fields });
  return [
    ...CYPHERISH.map((text): [string, Record<string, string>] => [view({ state: text }), {}]),
    [view({ name: "x".repeat(3000) }), {}],
    [view({ name: "" }), {}],
    [view({ creator: { $ne: "" } }), {}],
    [view({ state: "sel=32.75&__proto__=1" }), {}],
    [view({ state: `${"x=31&".repeat(700)}zz=1` }), {}],
    [view({ extra: true }), {}],
  ];
}
const enc = encodeURIComponent;

function requests(): Array<{
  method: "GET" | "POST" | "PUT" | "DELETE";
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
    gets.push(`/api/pairs/${enc(text)}/31`);
    gets.push(`/api/pairs/JP%2F${enc(text.slice(0, 90))}/32.73`);
    gets.push(`/api/documents/${enc(text)}`);
    gets.push(`/api/nodes/event:${enc(text)}`);
    gets.push(`/api/nodes/program:${enc(text)}`);
    gets.push(`/api/views/${enc(text)}`, `/api/views?limit=${enc(text)}&offset=${enc(text)}`);
    gets.push(`/api/programs/${enc(text)}/learn-from`, `/api/sectors/${enc(text)}/learn-from`);
    gets.push(`/api/regions/52.07/peers?programs=${enc(text)}&includePartners=${enc(text)}`);
    gets.push(`/api/regions/52.07/peers?includeAbroad=${enc(text)}&anyLevel=${enc(text)}`);
  }
  for (const bytes of BINARY) {
    gets.push(`/api/search?q=${bytes}`, `/api/search?q=bekasi${bytes}`, `/api/nodes/${bytes}`);
    gets.push(
      `/api/nodes/person:${bytes}`,
      `/api/graph/neighborhood?id=${bytes}`,
      `/api/regions/${bytes}/peers`,
      `/api/programs/${bytes}/learn-from`,
      `/api/sectors/smart${bytes}/learn-from`,
      `/api/pairs/${bytes}/${bytes}`,
      `/api/pairs/JP%2F${bytes}/31`,
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
    gets.push(`/api/views?limit=${enc(value)}&offset=${enc(value)}`);
    gets.push(`/api/regions/52.07/peers?sectors=${enc(value)}&partners=${enc(value)}&anyLevel=${enc(value)}`);
    gets.push(`/api/programs/stbm/learn-from?limit=${enc(value)}`);
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
    "/api/regions/32.75/peers?programs=1&programs=2",
    "/api/regions/32.75/peers?includePartners[]=true",
    `/api/programs/${"x".repeat(300)}/learn-from`,
    "/api/sectors/kesehatan/learn-from?limit[]=3",
    "/api/pairs/32.75/31?extra=1",
    "/api/documents/SHA256:" + "0".repeat(64),
    `/api/views/${VIEW_ID}`,
    `/api/views/${VIEW_ID.toUpperCase()}`,
    `/api/views/${VIEW_ID}%2F..`,
    "/api/views?limit[]=1",
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
    // Saved views: none of these bodies is a view, and the id names none; nothing may be stored.
    ...[...bodies, ...viewBodies()].flatMap(([payload, headers]) =>
      [
        { method: "POST" as const, url: "/api/views" },
        { method: "PUT" as const, url: `/api/views/${VIEW_ID}` },
      ].map((route) => ({
        ...route,
        payload,
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, ...headers },
      })),
    ),
    ...[...CYPHERISH, "", " ", VIEW_ID.replaceAll("-", "")].map((text) => ({
      method: "DELETE" as const,
      url: `/api/views/${enc(text) || VIEW_ID}`,
      headers: { authorization: `Bearer ${TOKEN}` },
    })),
    ...CYPHERISH.map((token) => ({
      method: "POST" as const,
      url: "/api/views",
      payload: JSON.stringify({ name: "n", creator: "c", state: "" }),
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

  it("answers the pair story clearly for unknown, repeated and Cypher-looking region codes", async () => {
    const pair = (a: string, b: string) => seeded.app.inject({ url: `/api/pairs/${a}/${b}` });
    // Unknown but well-formed: a 404 that names the code.
    const unknown = await pair("32.73", "99.99");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ message: string }>().message).toContain("99.99");
    expect((await pair("98.01", "99.99")).json<{ message: string }>().message).toContain("98.01");
    // The same region twice: a region is never two parties of one event, so both lists are empty.
    const twice = await pair("32.73", "32.73");
    expect(twice.statusCode).toBe(200);
    expect(twice.json()).toMatchObject({ partnerships: [], sharedEvents: [], summary: { partnerships: 0 } });
    // A foreign code may hold any text after the country: Cypher in it is a name that is not stored.
    for (const text of CYPHERISH) {
      const response = await pair(`JP%2F${enc(text)}`, "32.73");
      expect([400, 404], text).toContain(response.statusCode);
      expect(response.json<{ code: string }>().code, text).toMatch(/^JJ_|^FST_/);
    }
    // Not a region code at all: a 400 that says what a region code looks like.
    const bad = await pair("32.75", enc("32.75' OR 1=1"));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/region code/);
  });

  it("changed nothing that is stored", async () => {
    expect(await graphShape(seeded.driver)).toEqual(before);
  });
});
