/**
 * What planners ask, on the seeded graph: GET /api/regions/:code/peers (by default Indonesian regions of the
 * same level that are not yet partners; toggles let the others in; weights reorder; equal scores broken by
 * province, events and code; each peer's first reasons with their sentence) and "Belajar dari"
 * (GET /api/programs/:id/learn-from, GET /api/sectors/:id/learn-from), with unknown ids and bad values.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LearnFrom } from "../../../server/schemas/learn-from.ts";
import type { Peers } from "../../../server/schemas/region.ts";
import { bodyOf, indexCurrent, seededApp, type SeededApp } from "./_seeded-app.ts";

let seeded: SeededApp;

beforeAll(async () => {
  seeded = await seededApp();
  // The first peers request waits for the profiles to be read; read them here, not in a test's time.
  await indexCurrent(seeded.app, "peerIndex", 60_000);
}, 120_000);

afterAll(async () => {
  await seeded?.close();
});

const get = (url: string) => seeded.app.inject({ url });
const peersOf = async (code: string, query = "") =>
  bodyOf<Peers>(await get(`/api/regions/${code}/peers${query ? `?${query}` : ""}`));
const codes = (peers: Peers) => peers.peers.map((p) => p.region.code);

describe("GET /api/regions/:code/peers", () => {
  it("lists for Sumbawa Barat (52.07) neither its partner Kota Bekasi, nor a province, nor a region abroad", async () => {
    const peers = await peersOf("52.07");
    expect(peers.region.code).toBe("52.07");
    expect(peers).toMatchObject({
      by: ["programs", "sectors", "partners"],
      weights: { programs: 1, sectors: 1, partners: 1 },
      includePartners: false,
      includeAbroad: false,
      anyLevel: false,
    });
    expect(peers.similarity).toMatch(/Jaccard/);
    expect(Date.parse(peers.computedAt)).not.toBeNaN();
    expect(codes(peers)).toEqual(["64.11", "16.03"]);
    expect(
      peers.peers.every((p) => !p.partner && (p.region.kind === "regency" || p.region.kind === "city")),
    ).toBe(true);
    const scores = peers.peers.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("lets in the existing partner, provinces and regions abroad on their toggles", async () => {
    const withPartners = await peersOf("52.07", "includePartners=true");
    expect(withPartners.peers[0]).toMatchObject({ region: { code: "32.75" }, partner: true });
    expect(codes(withPartners)).not.toContain("31");
    const anyLevel = await peersOf("52.07", "anyLevel=true");
    expect(codes(anyLevel)).toContain("31");
    expect(codes(anyLevel)).not.toContain("32.75");
    expect(codes(anyLevel)).not.toContain("JP");
    const abroad = await peersOf("52.07", "includeAbroad=1");
    expect(codes(abroad)).toContain("JP");
    expect(codes(abroad)).not.toContain("31");
  });

  it("gives the score per dimension and weighs them: the weights change the order, 0 drops a dimension", async () => {
    const all = "includePartners=true&anyLevel=true";
    const programsFirst = await peersOf("52.07", `${all}&programs=3`);
    const partnersFirst = await peersOf("52.07", `${all}&partners=3`);
    expect(codes(programsFirst)[0]).toBe("32.75");
    expect(codes(partnersFirst)[0]).toBe("31");
    const dki = partnersFirst.peers[0]!;
    // DKI shares Sumbawa Barat's partner Kota Bekasi (each met or signed with it directly).
    expect(dki.dimensions.partners).toBe(1);
    expect(dki.reasons.partners.map((r) => r.id)).toEqual(["32.75"]);
    expect(dki.score).toBeCloseTo((0 * 1 + dki.dimensions.sectors! * 1 + 1 * 3) / 5, 3);
    const noPrograms = await peersOf("52.07", `${all}&programs=0`);
    expect(noPrograms.by).toEqual(["sectors", "partners"]);
    expect(
      noPrograms.peers.every((p) => p.dimensions.programs === null && p.reasons.programs.length === 0),
    ).toBe(true);
    const none = await peersOf("52.07", "programs=0&sectors=0&partners=0");
    expect(none).toMatchObject({ by: [], peers: [] });
    // `by` still chooses dimensions, as before weights.
    const byPrograms = await peersOf("52.07", "by=programs&includePartners=true");
    expect(byPrograms.by).toEqual(["programs"]);
    expect(byPrograms.peers[0]).toMatchObject({ region: { code: "32.75" }, score: 1 });
  });

  it("counts partners as partnerships: Bandung's co-signers share Bandung, not each other", async () => {
    // Kota Bengkulu signed with Kota Bandung, the hub; the six other co-signers are not its partners.
    const bengkulu = await peersOf("17.71");
    expect(codes(bengkulu)).not.toContain("32.73");
    expect(codes(bengkulu)).toEqual(expect.arrayContaining(["32.03", "13.02", "14.09", "21.04", "36.01"]));
    const cianjur = bengkulu.peers.find((p) => p.region.code === "32.03")!;
    expect(cianjur).toMatchObject({ partner: false, dimensions: { partners: 1 } });
    expect(cianjur.reasons.partners.map((r) => r.id)).toEqual(["32.73"]);
    const evidence = cianjur.reasons.partners[0]!.evidence!;
    expect(evidence.quote).toMatch(/Bandung/);
    expect(evidence.documentId).toMatch(/^sha256:/);
    expect(evidence.end! - evidence.start!).toBe(evidence.quote!.length);
  });

  it("breaks Bandung's equal scores meaningfully: its own province first, then the code", async () => {
    expect(codes(await peersOf("32.73"))).toEqual([]);
    const coSigners = await peersOf("32.73", "includePartners=true");
    const tied = coSigners.peers.filter((p) => p.score === coSigners.peers[0]!.score);
    expect(tied.length).toBeGreaterThan(1);
    // Kabupaten Cianjur is in Jawa Barat, as Kota Bandung is.
    expect(tied.map((p) => p.region.code)).toEqual([
      "32.03",
      ...tied
        .slice(1)
        .map((p) => p.region.code)
        .sort(),
    ]);
  });

  it("shows the sentence of each first shared programme and sector, with offsets into the article", async () => {
    const [bekasi] = (await peersOf("52.07", "includePartners=true")).peers;
    const stbm = bekasi!.reasons.programs.find((r) => r.id === "program:stbm")!;
    expect(stbm.evidence?.quote).toMatch(/STBM/);
    const article = bodyOf<{ text: string }>(
      await get(`/api/documents/${encodeURIComponent(stbm.evidence!.documentId)}`),
    );
    expect(article.text.slice(stbm.evidence!.start!, stbm.evidence!.end!)).toBe(stbm.evidence!.quote);
    expect(bekasi!.reasons.sectors.slice(0, 3).every((r) => r.evidence?.quote)).toBe(true);
    expect(bekasi!.reasons.sectors.slice(3).every((r) => r.evidence === null)).toBe(true);
  });

  it("answers an empty list for a region with nothing to compare, 404 and 400 for bad input", async () => {
    expect((await peersOf("32.16")).peers).toEqual([]);
    expect((await get("/api/regions/99.99/peers")).statusCode).toBe(404);
    for (const bad of [
      "by=colour",
      "limit=101",
      "programs=-1",
      "sectors=11",
      "partners=abc",
      // An empty weight is no weight (it once read as 0 and dropped the dimension; found by fuzz:api).
      "sectors=",
      "includePartners=maybe",
      "anyLevel=2",
    ]) {
      const response = await get(`/api/regions/52.07/peers?${bad}`);
      expect(response.statusCode, bad).toBe(400);
      expect(response.json<{ code: string }>().code).toBe("JJ_VALIDATION");
    }
  });
});

describe("Belajar dari: GET /api/programs/:id/learn-from and /api/sectors/:id/learn-from", () => {
  it("lists for Smart City Kota Bandung first, the hub others signed with, then the regions that run it, with quotes", async () => {
    const answer = bodyOf<LearnFrom>(await get("/api/programs/smart-city/learn-from"));
    expect(answer.topic).toEqual({ id: "program:smart-city", name: "Smart City", type: "program" });
    expect(answer).toMatchObject({ total: 8, truncated: false });
    expect(answer.regions[0]).toMatchObject({
      region: { code: "32.73", name: "Kota Bandung" },
      led: 1,
      runs: true,
    });
    expect(answer.regions.map((r) => r.region.code).sort()).toEqual([
      "13.02",
      "14.09",
      "16.03",
      "17.71",
      "21.04",
      "32.03",
      "32.73",
      "36.01",
    ]);
    for (const region of answer.regions) {
      const [event] = region.evidence;
      expect(event?.date).toBe("2019-03-13");
      expect(event?.topic?.quote).toMatch(/Smart City/);
      expect(event?.topic?.documentId).toMatch(/^sha256:/);
    }
    // The sentence naming a co-signer that the topic's sentence does not name is given apart.
    const bengkulu = answer.regions.find((r) => r.region.code === "17.71")!;
    expect(bengkulu.evidence[0]!.party?.quote).toMatch(/Bengkulu/);
  });

  it("takes the programme's node id too, and cuts at the limit", async () => {
    const stbm = bodyOf<LearnFrom>(await get("/api/programs/program%3Astbm/learn-from"));
    expect(stbm.regions.map((r) => r.region.code).sort()).toEqual(["32.75", "52.07"]);
    expect(
      stbm.regions.every((r) => r.agreements === 1 && r.evidence[0]?.topic?.quote?.includes("STBM")),
    ).toBe(true);
    const capped = bodyOf<LearnFrom>(await get("/api/programs/smart-city/learn-from?limit=2"));
    expect(capped).toMatchObject({ total: 8, truncated: true });
    expect(capped.regions.map((r) => r.region.code)[0]).toBe("32.73");
    expect(capped.regions).toHaveLength(2);
  });

  it("ranks the hosts of an audience on a sector before the regions that only signed on it", async () => {
    const health = bodyOf<LearnFrom>(await get("/api/sectors/kesehatan/learn-from"));
    expect(health.topic).toEqual({ id: "sector:kesehatan", name: "kesehatan", type: "sector" });
    const hosts = health.regions.filter((r) => r.hosted > 0).map((r) => r.region.code);
    expect(hosts.length).toBeGreaterThan(0);
    expect(health.regions.slice(0, hosts.length).map((r) => r.region.code)).toEqual(hosts);
    expect(health.regions.at(-1)).toMatchObject({
      region: { code: "52.07" },
      hosted: 0,
      agreements: 1,
      runs: false,
    });
    const audience = health.regions[0]!.evidence.find((e) => e.kind === "audience");
    expect(audience).toMatchObject({ role: "host", date: "2017-12-05" });
  });

  it("answers 404 with a clear message for an unknown programme or sector, 400 for bad input", async () => {
    const program = await get("/api/programs/no-such-programme/learn-from");
    expect(program.statusCode).toBe(404);
    expect(program.json<{ message: string }>().message).toBe("Programme no-such-programme was not found.");
    const sector = await get("/api/sectors/smart-city/learn-from");
    expect(sector.statusCode).toBe(404);
    expect(sector.json<{ message: string }>().message).toMatch(/^Sector smart-city/);
    expect((await get(`/api/programs/${encodeURIComponent("' OR 1=1 //")}/learn-from`)).statusCode).toBe(404);
    expect((await get("/api/programs/stbm%00/learn-from")).statusCode).toBe(400);
    expect((await get("/api/programs/stbm/learn-from?limit=0")).statusCode).toBe(400);
    expect((await get(`/api/programs/${"x".repeat(180)}/learn-from`)).statusCode).toBe(400);
  });
});
