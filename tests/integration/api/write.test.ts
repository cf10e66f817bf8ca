/**
 * POST /api/documents: the bearer token (403 without API_TOKEN, 401 without or with a wrong token), body
 * limits and validation, then an article written through the real extract → load path and read back by the
 * read routes; posting it again changes nothing. The per-route rate limit comes last, since it spends the
 * budget.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestResult } from "../../../server/schemas/document.ts";
import type { Graph, PathResult } from "../../../server/schemas/graph.ts";
import type { Pair } from "../../../server/schemas/pair.ts";
import type { Peers } from "../../../server/schemas/region.ts";
import type { SearchResponse } from "../../../server/schemas/search.ts";
import type { Stats } from "../../../server/schemas/stats.ts";
import { graphShape, type GraphShape } from "../../helpers/_graph.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { bodyOf, indexCurrent, seededApp, type SeededApp } from "./_seeded-app.ts";

const TOKEN = "test-write-token-0123456789";
const ARTICLE = {
  title: "Pemkot Bekasi dan Pemkot Bandung Teken Kesepakatan Bersama",
  source: "https://example.test/bekasi-bandung",
  publishedAt: "2020-03-13",
  text:
    "Pemkot Bekasi dan Pemkot Bandung Teken Kesepakatan Bersama\n\nBANDUNG – Wali Kota Bekasi Rahmat Effendi " +
    "dan Wali Kota Bandung Oded M Danial menandatangani kesepakatan bersama bidang persampahan di Balai Kota " +
    "Bandung, Kamis (12/3/2020).\n",
};

let seeded: SeededApp;
let readOnly: FastifyInstance;
let before: GraphShape;

beforeAll(async () => {
  seeded = await seededApp({ API_TOKEN: TOKEN, BODY_LIMIT_BYTES: "8192", INDEX_REBUILD_SECONDS: "1" });
  readOnly = await buildTestApp(seeded.driver);
  before = await graphShape(seeded.driver);
  await indexCurrent(seeded.app);
});

afterAll(async () => {
  await readOnly?.close();
  await seeded?.close();
});

const post = (app: FastifyInstance, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: "POST",
    url: "/api/documents",
    headers: { "content-type": "application/json", ...headers },
    payload: typeof payload === "string" ? payload : JSON.stringify(payload),
  });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("POST /api/documents refuses", () => {
  it("every write with 403 and how to enable writes when API_TOKEN is not configured", async () => {
    for (const headers of [{}, bearer(TOKEN)]) {
      const body = bodyOf<{ code: string; message: string }>(await post(readOnly, ARTICLE, headers), 403);
      expect(body.code).toBe("JJ_WRITES_DISABLED");
      expect(body.message).toMatch(/API_TOKEN/);
    }
  });

  it.each([
    ["no Authorization header", {}],
    ["a wrong token", bearer("test-write-token-0123456788")],
    ["a shorter token", bearer("test")],
    ["a longer token", bearer(`${TOKEN}0`)],
    ["another scheme", { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString("base64")}` }],
    ["an empty bearer", { authorization: "Bearer " }],
  ])("%s with 401 and a WWW-Authenticate challenge", async (_what, headers) => {
    const response = await post(seeded.app, ARTICLE, headers);
    expect(bodyOf(response, 401)).toMatchObject({ statusCode: 401, code: "JJ_TOKEN" });
    expect(response.headers["www-authenticate"]).toMatch(/^Bearer/);
  });

  it("an oversized body with 413, before reading it", async () => {
    const response = await post(seeded.app, { text: "Kota Bekasi ".repeat(1000) }, bearer(TOKEN));
    expect(bodyOf(response, 413)).toMatchObject({ statusCode: 413 });
  });

  it("another content type with 415, malformed JSON and wrong fields with 400 naming them", async () => {
    const plain = await seeded.app.inject({
      method: "POST",
      url: "/api/documents",
      headers: { "content-type": "text/plain", ...bearer(TOKEN) },
      payload: ARTICLE.text,
    });
    expect(plain.statusCode).toBe(415);
    expect(bodyOf(await post(seeded.app, '{"text": "Kota Bekasi', bearer(TOKEN)), 400)).toMatchObject({
      statusCode: 400,
    });
    const cases: Array<[unknown, string]> = [
      [{}, "body.text"],
      [{ text: 42 }, "body.text"],
      [{ text: "   \n " }, "body.text"],
      [{ text: "Kota Bekasi", publishedAt: "kemarin" }, "body.publishedAt"],
      [{ text: "Kota Bekasi", title: "" }, "body.title"],
      [{ text: "Kota Bekasi", source: ["a"] }, "body.source"],
      [["Kota Bekasi"], "body"],
      ["null", "body"],
    ];
    for (const [payload, path] of cases) {
      const body = bodyOf<{ details?: { path: string }[] }>(
        await post(seeded.app, payload, bearer(TOKEN)),
        400,
      );
      expect(body.details?.map((d) => d.path) ?? ["body"], JSON.stringify(payload)).toContain(path);
    }
  });

  it("and none of that wrote anything", async () => {
    expect(await graphShape(seeded.driver)).toEqual(before);
  });
});

describe("POST /api/documents with the token", () => {
  it("extracts and writes a new article (201), which the read routes then show", async () => {
    const peersBefore = bodyOf<Peers>(await seeded.app.inject({ url: "/api/regions/32.75/peers" }));
    const statsBefore = bodyOf<Stats>(await seeded.app.inject({ url: "/api/stats" }));
    const result = bodyOf<IngestResult>(await post(seeded.app, ARTICLE, bearer(TOKEN)), 201);
    expect(result.created).toBe(true);
    expect(result.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.extracted.document).toMatchObject({ title: ARTICLE.title, publishedAt: "2020-03-13" });
    expect(result.extracted.events).toHaveLength(1);
    expect(result.extracted.events[0]).toMatchObject({ kind: "agreement", date: "2020-03-12" });
    expect(result.written.nodesCreated).toBeGreaterThan(0);
    expect(result.written.relationshipsCreated).toBeGreaterThan(0);

    const pair = bodyOf<Pair>(await seeded.app.inject({ url: "/api/pairs/32.73/32.75" }));
    expect(pair.partnerships.map((e) => [e.date, e.subtype])).toEqual([
      ["2020-03-12", "kesepakatan_bersama"],
    ]);
    expect(pair.partnerships[0]!.sources[0]).toMatchObject({
      documentId: result.documentId,
      title: ARTICLE.title,
    });
    expect(pair.partnerships[0]!.sectors).toEqual(["persampahan"]);
    const graph = bodyOf<Graph>(await seeded.app.inject({ url: "/api/graph/neighborhood?id=32.75" }));
    expect(graph.nodes.map((n) => n.data.id)).toContain("32.73");
    const article = bodyOf<{ source: string; text: string }>(
      await seeded.app.inject({ url: `/api/documents/${result.documentId}` }),
    );
    expect(article.source).toBe(ARTICLE.source);
    expect(article.text).toContain("Oded M Danial");
    // The write dropped the peer profiles, so peers now read Bekasi's new partner.
    const peersAfter = bodyOf<Peers>(await seeded.app.inject({ url: "/api/regions/32.75/peers" }));
    expect(Date.parse(peersAfter.computedAt)).toBeGreaterThan(Date.parse(peersBefore.computedAt));
    // And the overview counts, kept as a snapshot too.
    const statsAfter = bodyOf<Stats>(await seeded.app.inject({ url: "/api/stats" }));
    expect(statsAfter.nodes.Document).toBe(statsBefore.nodes.Document! + 1);
  });

  it("makes the new article's people searchable at once, then through the rebuilt in-memory index", async () => {
    const health = async () =>
      bodyOf<{ searchIndex: string }>(await seeded.app.inject({ url: "/api/health" })).searchIndex;
    const firstFor = async (q: string) =>
      bodyOf<SearchResponse>(await seeded.app.inject({ url: `/api/search?q=${encodeURIComponent(q)}` }))
        .results[0];
    // The write moved the graph past the index: searches ask Neo4j's full-text index, which has it.
    expect(await health()).toBe("behind");
    expect(await firstFor("oded danial")).toMatchObject({ type: "person", label: "Oded M Danial" });
    await indexCurrent(seeded.app);
    expect(await firstFor("oded danil")).toMatchObject({ type: "person", label: "Oded M Danial" });
  });

  it("connects the new article's official by path, and the same through the rebuilt path network", async () => {
    const pathIndex = async () =>
      bodyOf<{ pathIndex: string }>(await seeded.app.inject({ url: "/api/health" })).pathIndex;
    const oded = bodyOf<SearchResponse>(await seeded.app.inject({ url: "/api/search?q=oded%20danial" }))
      .results[0]!;
    const path = async () =>
      bodyOf<PathResult>(await seeded.app.inject({ url: `/api/graph/path?from=${oded.id}&to=32.75` }));
    // Found whether or not the network has been rebuilt since the write (the searches above ask health,
    // which starts rebuilds); an end unknown to the network goes to Neo4j (path-network.test.ts).
    const first = await path();
    expect(first.length).toBe(2);
    expect(first.paths[0]!.nodes[0]).toBe(oded.id);
    await indexCurrent(seeded.app, "pathIndex");
    expect(await pathIndex()).toBe("current");
    expect(await path()).toEqual(first);
  });

  it("answers 200 with created: false for the same text again, and writes nothing", async () => {
    const written = await graphShape(seeded.driver);
    expect(written).not.toEqual(before);
    const again = bodyOf<IngestResult>(await post(seeded.app, ARTICLE, bearer(TOKEN)), 200);
    expect(again).toMatchObject({ created: false, written: { nodesCreated: 0, relationshipsCreated: 0 } });
    expect(await graphShape(seeded.driver)).toEqual(written);
  });
});

describe("the write rate limit", () => {
  it("answers 429 with the common error body once a client has spent its writes for the minute", async () => {
    let response = await post(seeded.app, ARTICLE);
    for (let i = 0; i < 80 && response.statusCode !== 429; i++) response = await post(seeded.app, ARTICLE);
    expect(bodyOf(response, 429)).toMatchObject({ statusCode: 429, code: "JJ_RATE_LIMITED" });
    // Reads have their own, larger budget.
    expect((await seeded.app.inject({ url: "/api/search?q=bekasi" })).statusCode).toBe(200);
  });
});
