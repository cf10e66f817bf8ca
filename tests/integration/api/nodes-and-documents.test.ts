/**
 * GET /api/nodes/:id, /api/documents/:id and /api/stats on the seeded graph: a node's properties,
 * relationships and sources; an article with the spans of its facts; the overview counts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../../server/schemas/document.ts";
import type { NodeDetails } from "../../../server/schemas/node.ts";
import type { Stats } from "../../../server/schemas/stats.ts";
import { bodyOf, seededApp, type SeededApp } from "./_seeded-app.ts";

let seeded: SeededApp;

beforeAll(async () => {
  seeded = await seededApp();
});

afterAll(async () => {
  await seeded?.close();
});

const get = (url: string) => seeded.app.inject({ url });

describe("GET /api/nodes/:id", () => {
  it("shows a region with its relationships summarised and the sentences that name it", async () => {
    const node = bodyOf<NodeDetails>(await get("/api/nodes/32.75"));
    expect(node.node).toEqual({
      id: "32.75",
      label: "Kota Bekasi",
      type: "region",
      kind: "city",
      date: null,
    });
    expect(node.properties).toEqual({ code: "32.75", kind: "city", name: "Kota Bekasi", official: true });
    const party = node.relationships.find((r) => r.type === "PARTY");
    expect(party).toMatchObject({ direction: "in", otherType: "event", count: 2 });
    expect(party!.sample.map((s) => s.date)).toEqual(["2021-10-26", "2017-12-05"]);
    expect(node.relationships.find((r) => r.type === "IN_PROVINCE")?.sample[0]?.id).toBe("32");
    expect(node.relationships.find((r) => r.type === "RUNS")?.sample.map((s) => s.id)).toContain(
      "program:stbm",
    );
    expect(node.sources.length).toBeGreaterThan(0);
    expect(node.sources.every((s) => s.fact === "mentioned" && s.quote!.includes("Bekasi"))).toBe(true);
    expect(node.sourcesTruncated).toBe(false);
  });

  it("shows an event with the quote it was reported with, at offsets into its article", async () => {
    const node = bodyOf<NodeDetails>(await get("/api/nodes/event:2b8c907bea8b77fbda575bde"));
    expect(node.node).toMatchObject({ type: "event", kind: "agreement", date: "2021-10-26" });
    expect(node.properties).toMatchObject({ subtype: "mou", status: "signed", year: 2021 });
    expect(node.properties).not.toHaveProperty("searchText");
    expect(node.properties).not.toHaveProperty("partyKey");
    const parties = node.relationships.find((r) => r.type === "PARTY")!;
    expect(parties.sample.map((s) => s.id).sort()).toEqual(["32.75", "52.07"]);
    const [source] = node.sources;
    expect(source?.fact).toBe("reported");
    const article = bodyOf<Article>(await get(`/api/documents/${source!.documentId}`));
    expect(article.text.slice(source!.start!, source!.end!)).toBe(source!.quote);
  });

  it("tells each party of an event with its role and a quote naming it, the hub marked", async () => {
    const node = bodyOf<NodeDetails>(await get("/api/nodes/event:e9a4aaab034631edcc492b03"));
    const event = node.event!;
    expect(event.hub).toBe("32.73");
    expect(event.planned).toBe(false);
    expect(event.parties).toHaveLength(8);
    expect(event.parties[0]).toMatchObject({ node: { id: "32.73" }, hub: true, role: "signatory" });
    expect(event.parties.filter((p) => p.hub)).toHaveLength(1);
    const article = new Map<string, string>();
    for (const party of event.parties) {
      expect(party.role, party.node.id).toMatch(/^(signatory|host|visitor|convener|participant)$/);
      expect(party.quotes.length, party.node.id).toBeGreaterThan(0);
      for (const quote of party.quotes) {
        if (!article.has(quote.documentId))
          article.set(
            quote.documentId,
            bodyOf<Article>(await get(`/api/documents/${quote.documentId}`)).text,
          );
        expect(article.get(quote.documentId)!.slice(quote.start, quote.end)).toBe(quote.quote);
      }
      // The quote names the party (its name, or its name without "Kota"/"Kabupaten").
      const bare = party.node.label.replace(/^(Kota|Kabupaten)\s+/, "");
      expect(party.quotes[0]!.quote, party.node.id).toMatch(new RegExp(bare.split(" ").at(-1)!));
    }
    expect(event.date.value).toBe("2019-03-13");
    expect(event.date.quotes[0]?.quote).toContain("13/3/2019");
  });

  it("gives no event evidence for a node that is no event", async () => {
    expect(bodyOf<NodeDetails>(await get("/api/nodes/32.75")).event).toBeNull();
  });

  it("shows officials, programmes, organisations and sectors by their prefixed ids", async () => {
    const person = bodyOf<NodeDetails>(await get("/api/nodes/person:32.75:tri-ardianto"));
    expect(person.properties.aliases).toEqual(expect.arrayContaining(["Tri Adhianto"]));
    expect(person.relationships.find((r) => r.type === "SERVED_AS")?.count).toBe(2);
    expect(person.sources.length).toBe(2);
    const program = bodyOf<NodeDetails>(await get("/api/nodes/program:stbm"));
    expect(program.node.label).toBe("Sanitasi Total Berbasis Masyarakat – STBM");
    expect(program.sources.every((s) => s.fact === "event")).toBe(true);
    const organization = bodyOf<NodeDetails>(await get("/api/nodes/organization:unicef"));
    expect(organization.sources[0]?.fact).toBe("witnessed");
    const sector = bodyOf<NodeDetails>(await get(`/api/nodes/${encodeURIComponent("sector:air minum")}`));
    expect(sector.node).toMatchObject({ id: "sector:air minum", type: "sector" });
  });

  it("answers 404 for unknown ids and 400 for what is no node id", async () => {
    for (const id of ["99.99", "XX", "event:nope", "person:32.75:nobody", "program:nope", "sector:nope"]) {
      expect(bodyOf(await get(`/api/nodes/${encodeURIComponent(id)}`), 404)).toMatchObject({
        code: "JJ_NOT_FOUND",
      });
    }
    for (const id of ["bekasi", "32.7", "document:x", "sha256:abc", "event:", "%00"]) {
      expect(bodyOf(await get(`/api/nodes/${encodeURIComponent(id)}`), 400)).toMatchObject({
        code: "JJ_VALIDATION",
      });
    }
  });
});

describe("GET /api/documents/:id", () => {
  it("gives the article text and the spans of every fact in it, each inside the text", async () => {
    const node = bodyOf<NodeDetails>(await get("/api/nodes/event:e9a4aaab034631edcc492b03"));
    const article = bodyOf<Article>(await get(`/api/documents/${node.sources[0]!.documentId}`));
    expect(article.title).toBe("Pemkab Muara Enim Adakan Kerjasama Bersama Pemkot Bandung");
    expect(article.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const starts = article.spans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const span of article.spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(article.text.length);
      expect(span.end).toBeGreaterThan(span.start);
    }
    const mentions = article.spans.filter((s) => s.nodeId === "16.03" && s.fact === "mention");
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((s) => /muara ?enim/i.test(article.text.slice(s.start, s.end)))).toBe(true);
    expect(article.spans.some((s) => s.type === "event" && s.fact === "reported")).toBe(true);
    expect(article.spans.some((s) => s.type === "person")).toBe(true);
  });

  it("shows an organisation's link to an event in the article that first reported it", async () => {
    const organization = bodyOf<NodeDetails>(await get("/api/nodes/organization:unicef"));
    const witnessed = organization.sources.find((s) => s.fact === "witnessed");
    const article = bodyOf<Article>(await get(`/api/documents/${witnessed!.documentId}`));
    const span = article.spans.find((s) => s.nodeId === "organization:unicef" && s.fact === "witnessed");
    expect(article.text.slice(span!.start, span!.end)).toMatch(/unicef/i);
  });

  it("answers 404 for an unknown document and 400 for a malformed id", async () => {
    expect(bodyOf(await get(`/api/documents/sha256:${"0".repeat(64)}`), 404)).toMatchObject({
      code: "JJ_NOT_FOUND",
    });
    for (const id of ["abc", `sha256:${"0".repeat(63)}`, `sha256:${"G".repeat(64)}`]) {
      expect((await get(`/api/documents/${id}`)).statusCode).toBe(400);
    }
  });
});

describe("GET /api/stats", () => {
  it("counts the seeded graph", async () => {
    const stats = bodyOf<Stats>(await get("/api/stats"));
    // 552 official regions, Indonesia itself (national officials serve "ID") and Japan (seed 003).
    expect(stats.nodes).toMatchObject({ Region: 554, Event: 5, Document: 5, Sector: expect.any(Number) });
    expect(stats.relationships.PARTY).toBe(15);
    expect(stats.eventKinds.find((k) => k.kind === "agreement")?.count).toBe(2);
    expect(stats.years).toEqual([
      // Seed 003's planned tie is undated: "Senin (9/04)" is the day the Sekda spoke.
      { year: 2017, count: 1 },
      { year: 2019, count: 1 },
      { year: 2021, count: 1 },
      { year: 2024, count: 1 },
    ]);
    expect(stats.provinces[0]).toEqual({ code: "32", name: "Jawa Barat", events: 3 });
    expect(stats.topRegions[0]).toMatchObject({ events: 2 });
    expect(stats.topRegions.find((r) => r.code === "32.73")).toMatchObject({ events: 1, partners: 7 });
    // Muara Enim signed with Bandung, the hub of a seven-region agreement, and with Japan: two partners,
    // not the eight parties it shares events with; Bengkulu's only partner is Bandung.
    expect(stats.topRegions.find((r) => r.code === "16.03")).toMatchObject({ events: 2, partners: 2 });
    expect(stats.topRegions.find((r) => r.code === "17.71")).toMatchObject({ events: 1, partners: 1 });
    expect(stats.latestEvents[0]).toMatchObject({ date: "2024-07-15", kind: "meeting" });
    expect(stats.sectors.reduce((sum, s) => sum + s.events, 0)).toBe(stats.relationships.COVERS);
  });
});
