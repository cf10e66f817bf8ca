/**
 * One freshness rule for everything the API keeps in memory: it is keyed by the graph's version, so a
 * write shows at once in the process that wrote and within a second or two in another (an API worker
 * beside it, as with API_WORKERS > 1), in every route, the whole-graph ones (stats, peers, unfiltered
 * neighbourhoods) included. Health reports each structure, and each can be switched off.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../../server/schemas/graph.ts";
import type { Health } from "../../../server/schemas/health.ts";
import type { Stats } from "../../../server/schemas/stats.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { bodyOf, indexCurrent, seededApp, type SeededApp } from "./_seeded-app.ts";

const TOKEN = "freshness-test-token-0123456789";
let seeded: SeededApp;
/** A second API process on the same graph, as another worker of API_WORKERS would be. */
let other: FastifyInstance;

beforeAll(async () => {
  seeded = await seededApp({ API_TOKEN: TOKEN });
  other = await buildTestApp(seeded.driver);
  for (const app of [seeded.app, other]) {
    for (const structure of [
      "searchIndex",
      "pathIndex",
      "partnerIndex",
      "peerIndex",
      "statsCache",
      "eventIndex",
    ] as const) {
      await indexCurrent(app, structure);
    }
  }
});

afterAll(async () => {
  await other?.close();
  await seeded?.close();
});

const EVERY_STRUCTURE_CURRENT = {
  searchIndex: "current",
  pathIndex: "current",
  partnerIndex: "current",
  peerIndex: "current",
  statsCache: "current",
  eventIndex: "current",
} as const;

const health = async (app: FastifyInstance) => bodyOf<Health>(await app.inject({ url: "/api/health" }));
const documents = async (app: FastifyInstance) =>
  bodyOf<Stats>(await app.inject({ url: "/api/stats" })).nodes.Document ?? 0;
const partnersOf = async (app: FastifyInstance, code: string) =>
  bodyOf<Graph>(await app.inject({ url: `/api/graph/neighborhood?id=${code}` })).nodes.map((n) => n.data.id);

/** Asks until `seen` holds, for at most `ms`; returns whether it did. */
async function within(ms: number, seen: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await seen()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("freshness", () => {
  it("reports each structure kept in memory, and the graph's version they are keyed by", async () => {
    expect(await health(seeded.app)).toMatchObject({
      graphVersion: expect.stringMatching(/^[\w-]+:\d+$/),
      ...EVERY_STRUCTURE_CURRENT,
      responseCache: "on",
    });
  });

  it("keeps its structures in use while no request comes for longer than a version read is trusted", async () => {
    // The version is trusted for 5 s after a read (graph-version.ts). Read only when a request asked, an API
    // idle that long found its structures behind at the next request: the peers waited for a whole read.
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    expect(await health(other)).toMatchObject(EVERY_STRUCTURE_CURRENT);
  });

  it("switches each off on its own", async () => {
    const off = await buildTestApp(seeded.driver, {
      SEARCH_INDEX: "off",
      PATH_INDEX: "off",
      PARTNER_INDEX: "off",
      PEER_INDEX: "off",
      STATS_CACHE: "off",
      EVENT_INDEX: "off",
      RESPONSE_CACHE_MB: "0",
    });
    try {
      expect(await health(off)).toMatchObject({
        searchIndex: "off",
        pathIndex: "off",
        partnerIndex: "off",
        peerIndex: "off",
        statsCache: "off",
        eventIndex: "off",
        responseCache: "off",
      });
      // Neo4j answers everything then, alike.
      expect(await documents(off)).toBe(await documents(seeded.app));
      expect((await partnersOf(off, "32.75")).sort()).toEqual((await partnersOf(seeded.app, "32.75")).sort());
    } finally {
      await off.close();
    }
  });

  it("shows a write at once where it was made, and within seconds in another API process", async () => {
    const [before, beforeElsewhere] = [await documents(seeded.app), await documents(other)];
    expect(await partnersOf(other, "11.01")).not.toContain("91.71");
    const versionBefore = (await health(other)).graphVersion;
    const written = await seeded.app.inject({
      method: "POST",
      url: "/api/documents",
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: {
        text:
          "Pemerintah Kabupaten Aceh Selatan dan Pemerintah Kota Jayapura menandatangani nota kesepahaman " +
          "kerja sama bidang pariwisata di Jayapura, Senin (4/3/2024).",
      },
    });
    expect(written.statusCode, written.body).toBe(201);
    // Where it was written: the very next requests, whole-graph answers included.
    expect(await documents(seeded.app)).toBe(before + 1);
    expect(await partnersOf(seeded.app, "11.01")).toContain("91.71");
    // Elsewhere: once the version has been read again (once a second).
    expect(await within(3_000, async () => (await documents(other)) === beforeElsewhere + 1)).toBe(true);
    expect(await partnersOf(other, "11.01")).toContain("91.71");
    expect((await health(other)).graphVersion).not.toBe(versionBefore);
  });
});
