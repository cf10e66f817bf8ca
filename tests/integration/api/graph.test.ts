/**
 * GET /api/graph/neighborhood and /api/graph/path on the seeded graph: the partnership network the issue
 * names, Cytoscape's element shape, filters, limits, and the error cases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph, PathResult } from "../../../server/schemas/graph.ts";
import type { FastifyInstance } from "fastify";
import { buildTestApp } from "../../helpers/build-app.ts";
import { bodyOf, indexCurrent, seededApp, type SeededApp } from "./_seeded-app.ts";

let seeded: SeededApp;
// The same graph, with every path searched by Neo4j instead of the in-memory network.
let pathsInNeo4j: FastifyInstance;

beforeAll(async () => {
  seeded = await seededApp();
  await indexCurrent(seeded.app, "pathIndex");
  pathsInNeo4j = await buildTestApp(seeded.driver, { PATH_INDEX: "off" });
});

afterAll(async () => {
  await pathsInNeo4j?.close();
  await seeded?.close();
});

async function neighborhood(query: string): Promise<Graph> {
  return bodyOf<Graph>(await seeded.app.inject({ url: `/api/graph/neighborhood?${query}` }));
}

const ids = (graph: Graph) => graph.nodes.map((n) => n.data.id).sort();

/** Cytoscape refuses edges whose ends are missing, and duplicate ids. */
function expectWellFormed(graph: Graph): void {
  const nodeIds = new Set(graph.nodes.map((n) => n.data.id));
  expect(nodeIds.size).toBe(graph.nodes.length);
  expect(new Set(graph.edges.map((e) => e.data.id)).size).toBe(graph.edges.length);
  for (const { data } of graph.edges) {
    expect(nodeIds.has(data.source), data.id).toBe(true);
    expect(nodeIds.has(data.target), data.id).toBe(true);
  }
}

describe("GET /api/graph/neighborhood", () => {
  it("of Kota Bekasi (32.75) holds Sumbawa Barat (52.07) and DKI Jakarta (31), with derived partnership edges", async () => {
    const graph = await neighborhood("id=32.75");
    expectWellFormed(graph);
    expect(ids(graph)).toEqual(["31", "32.75", "52.07"]);
    expect(graph.truncated).toBe(false);
    expect(graph.nodes.find((n) => n.data.id === "32.75")!.data).toMatchObject({
      label: "Kota Bekasi",
      type: "region",
      kind: "city",
      distance: 0,
      events: 2,
    });
    const edge = graph.edges.find((e) => e.data.id === "PARTNER:32.75|52.07")!.data;
    expect(edge).toMatchObject({
      type: "PARTNER",
      weight: 1,
      firstDate: "2021-10-26",
      lastDate: "2021-10-26",
      kinds: ["agreement"],
    });
    expect(graph.edges.find((e) => e.data.id === "PARTNER:31|32.75")!.data).toMatchObject({
      firstDate: "2017-12-05",
      kinds: ["audience"],
    });
  });

  it("of Kota Bengkulu (17.71) holds Kota Bandung, the hub it signed with, and not Cianjur, who signed with Bandung too", async () => {
    const graph = await neighborhood("id=17.71");
    expectWellFormed(graph);
    expect(ids(graph)).toEqual(["17.71", "32.73"]);
    expect(graph.edges.map((e) => e.data.id)).toEqual(["PARTNER:17.71|32.73"]);
    expect(graph.edges[0]!.data).toMatchObject({ weight: 1, firstDate: "2019-03-13", kinds: ["agreement"] });
  });

  it("of Kota Bandung (32.73) holds all seven partners of its 2019 agreement", async () => {
    const graph = await neighborhood("id=32.73");
    expectWellFormed(graph);
    expect(ids(graph)).toEqual(["13.02", "14.09", "16.03", "17.71", "21.04", "32.03", "32.73", "36.01"]);
    expect(graph.edges).toHaveLength(7);
    expect(graph.edges.every((e) => e.data.source === "32.73" || e.data.target === "32.73")).toBe(true);
  });

  it("of Muara Enim (16.03) holds Japan (JP)", async () => {
    const graph = await neighborhood("id=16.03");
    const japan = graph.nodes.find((n) => n.data.id === "JP");
    expect(japan?.data).toMatchObject({ label: "Jepang", kind: "country", distance: 1 });
    expect(graph.edges.find((e) => e.data.id === "PARTNER:16.03|JP")?.data.kinds).toEqual(["sister_city"]);
  });

  it("filters the events behind the edges by kind, date and sector", async () => {
    expect(ids(await neighborhood("id=32.75&kinds=agreement"))).toEqual(["32.75", "52.07"]);
    expect(ids(await neighborhood("id=32.75&from=2019&to=2024"))).toEqual(["32.75", "52.07"]);
    expect(ids(await neighborhood("id=32.75&to=2018-01"))).toEqual(["31", "32.75"]);
    expect(ids(await neighborhood("id=32.75&sectors=air%20minum"))).toEqual(["31", "32.75"]);
    expect(ids(await neighborhood("id=32.75&kinds=meeting"))).toEqual(["32.75"]);
  });

  it("cuts at limit, most connected first, and says so", async () => {
    const graph = await neighborhood("id=32.73&limit=3");
    expectWellFormed(graph);
    expect(graph.nodes).toHaveLength(3);
    expect(graph.truncated).toBe(true);
    const full = await neighborhood("id=32.73&limit=200");
    expect(full.nodes).toHaveLength(8);
    expect(full.truncated).toBe(false);
  });

  it("goes further with depth: Muara Enim links Bandung to Japan, and Bandung's co-signers are no partners of one another", async () => {
    const two = await neighborhood("id=32.73&depth=2");
    expectWellFormed(two);
    expect(two.nodes.find((n) => n.data.id === "JP")?.data.distance).toBe(2);
    // Each of the seven signed with Bandung, the agreement's hub: no edge between two of them.
    expect(two.edges.map((e) => e.data.id).sort()).toEqual([
      "PARTNER:13.02|32.73",
      "PARTNER:14.09|32.73",
      "PARTNER:16.03|32.73",
      "PARTNER:16.03|JP",
      "PARTNER:17.71|32.73",
      "PARTNER:21.04|32.73",
      "PARTNER:32.03|32.73",
      "PARTNER:32.73|36.01",
    ]);
  });

  it("starts from any node: a programme's regions, an event's parties, an official's region", async () => {
    const program = await neighborhood("id=program:stbm");
    expectWellFormed(program);
    expect(ids(program)).toEqual(["32.75", "52.07", "program:stbm"]);
    expect(program.edges.map((e) => e.data.type)).toEqual(["RUNS", "RUNS"]);

    const event = await neighborhood(`id=${encodeURIComponent("event:e9a4aaab034631edcc492b03")}`);
    expect(event.nodes.filter((n) => n.data.type === "region")).toHaveLength(8);
    expect(event.edges.every((e) => e.data.type === "PARTY" && e.data.role !== null)).toBe(true);

    const person = await neighborhood("id=person:32.75:tri-ardianto&depth=2");
    expectWellFormed(person);
    expect(ids(person)).toEqual(["31", "32.75", "52.07", "person:32.75:tri-ardianto"]);
  });

  it("answers 404 for an unknown node and 400 naming each bad parameter", async () => {
    for (const id of ["99.99", "event:nope", "program:nope", "ZZ", "sector:nope"]) {
      const response = await seeded.app.inject({
        url: `/api/graph/neighborhood?id=${encodeURIComponent(id)}`,
      });
      expect(bodyOf(response, 404)).toMatchObject({ code: "JJ_NOT_FOUND" });
    }
    const bad = await seeded.app.inject({
      url: "/api/graph/neighborhood?id=32.75&depth=4&limit=0&kinds=party&from=2019-13&to=yesterday",
    });
    const body = bodyOf<{ details: { path: string }[] }>(bad, 400);
    expect(body.details.map((d) => d.path).sort()).toEqual(
      [
        "querystring.depth",
        "querystring.from",
        "querystring.kinds",
        "querystring.limit",
        "querystring.to",
      ].sort(),
    );
    // Valid by the OpenAPI document, which cannot relate two parameters: a window that holds no event.
    const reversed = await seeded.app.inject({ url: "/api/graph/neighborhood?id=32.75&from=2021&to=2019" });
    expect(ids(bodyOf<Graph>(reversed))).toEqual(["32.75"]);
    expect((await seeded.app.inject({ url: "/api/graph/neighborhood" })).statusCode).toBe(400);
  });
});

describe.each([
  ["in the in-memory path network", () => seeded.app],
  ["by Neo4j (PATH_INDEX=off)", () => pathsInNeo4j],
])("GET /api/graph/path, searched %s", (_, app) => {
  async function path(query: string): Promise<PathResult> {
    return bodyOf<PathResult>(await app().inject({ url: `/api/graph/path?${query}` }));
  }

  const typesOn = (result: PathResult) => new Set(result.nodes.map((n) => n.data.type));

  it("connects Sumbawa Barat (52.07) and Kota Bekasi (32.75) through their agreement, programmes only when asked", async () => {
    const result = await path("from=52.07&to=32.75");
    expectWellFormed(result);
    expect(result.length).toBe(2);
    expect(result.paths).toEqual([
      { nodes: ["52.07", "event:2b8c907bea8b77fbda575bde", "32.75"], edges: expect.any(Array) },
    ]);
    const withPrograms = await path("from=52.07&to=32.75&via=programs");
    expect(withPrograms.paths.map((p) => p.nodes[1])).toEqual(
      expect.arrayContaining(["event:2b8c907bea8b77fbda575bde", "program:stbm"]),
    );
  });

  it("goes from Sumbawa Barat (52.07) to DKI Jakarta (31) as agreement – Kota Bekasi – audience, nothing else unless asked", async () => {
    const far = await path("from=52.07&to=31");
    expect(far.length).toBe(4);
    expect(far.paths).toHaveLength(1);
    expect(far.paths[0]!.nodes).toEqual([
      "52.07",
      "event:2b8c907bea8b77fbda575bde",
      "32.75",
      "event:c29d06ccbc4cc1a7fae08c4f",
      "31",
    ]);
    const kinds = far.nodes.filter((n) => n.data.type === "event").map((n) => n.data.kind);
    expect(kinds.sort()).toEqual(["agreement", "audience"]);
    expect([...typesOn(far)].sort()).toEqual(["event", "region"]);
    expect(far.edges.every((e) => e.data.type === "PARTY" && e.data.role !== null)).toBe(true);
    // Asked for officials: the official of Bekasi who took part in both events is a second path.
    const withPeople = await path("from=52.07&to=31&via=people");
    expect(withPeople.length).toBe(4);
    expect(withPeople.paths.map((p) => p.nodes[2])).toEqual(
      expect.arrayContaining(["32.75", "person:32.75:tri-ardianto"]),
    );
    expect(typesOn(withPeople).has("sector")).toBe(false);
    expect(typesOn(withPeople).has("program")).toBe(false);
    const capped = await path("from=52.07&to=31&maxLength=3");
    expect(capped).toMatchObject({ length: null, paths: [], nodes: [], edges: [] });
  });

  it("never joins co-signers of Kota Bandung's agreement: Kota Bengkulu (17.71) to Kabupaten Cianjur (32.03)", async () => {
    const hubbed = await path("from=17.71&to=32.73");
    expect(hubbed.length).toBe(2);
    const agreement = hubbed.paths[0]!.nodes[1]!;
    const spokes = await path("from=17.71&to=32.03&maxLength=8");
    // Not 17.71 – agreement – 32.03 (co-signers are no partners), nor 17.71 – agreement – 32.73 –
    // agreement – 32.03 (one event, two partnerships of one path).
    for (const p of spokes.paths) {
      expect(p.nodes.filter((n) => n === agreement).length).toBeLessThanOrEqual(1);
      expect(p.nodes.slice(0, 3)).not.toEqual(["17.71", agreement, "32.03"]);
    }
    expect(spokes.length === null || spokes.length > 4).toBe(true);
  });

  it("refuses a bad `via` and a sector end with a clear 400", async () => {
    for (const [query, reason] of [
      ["via=sectors", "comma-separated list of kinds of hop"],
      ["via=people,", "comma-separated list of kinds of hop"],
      ["via=", "comma-separated list of kinds of hop"],
      ["via=people%27%20OR%201%3D1%20//", "comma-separated list of kinds of hop"],
      ["via=people&via=programs", "via"],
    ] as const) {
      const response = await app().inject({ url: `/api/graph/path?from=52.07&to=31&${query}` });
      expect(JSON.stringify(bodyOf(response, 400)), query).toContain(reason);
    }
    const sector = await app().inject({ url: "/api/graph/path?from=52.07&to=sector:kesehatan" });
    expect(bodyOf<{ message: string }>(sector, 400).message).toContain("a sector is never on a path");
    // Repeated values of the list are one.
    expect((await path("from=52.07&to=31&via=people,people")).length).toBe(4);
  });

  it("answers a zero-length path from a node to itself, 404 for an unknown end, 400 for bad input", async () => {
    expect(await path("from=32.75&to=32.75")).toMatchObject({
      length: 0,
      paths: [{ nodes: ["32.75"], edges: [] }],
    });
    const missing = await app().inject({ url: "/api/graph/path?from=32.75&to=person:nobody" });
    expect(bodyOf<{ message: string }>(missing, 404).message).toContain("person:nobody");
    expect((await app().inject({ url: "/api/graph/path?from=32.75" })).statusCode).toBe(400);
    expect((await app().inject({ url: "/api/graph/path?from=32.75&to=31&maxLength=9" })).statusCode).toBe(
      400,
    );
  });
});
