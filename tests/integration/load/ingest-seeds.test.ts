/**
 * The loader on the real Neo4j with the five seed articles: the facts the product is founded on land once,
 * linked, with their sources; a second load changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { seedsDir } from "../../../server/paths.ts";
import { ingestPaths } from "../../../server/pipeline/ingest/ingest.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";
import { graphShape } from "../../helpers/_graph.ts";

let driver: Driver;
let scratch: string;

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
}

beforeAll(async () => {
  driver = testDriver();
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, undefined);
  scratch = mkdtempSync(join(tmpdir(), "jejaring-ingest-"));
  const summary = await ingestPaths(driver, [seedsDir]);
  expect(summary).toMatchObject({ added: 5, alreadyPresent: 0, failed: 0 });
});

afterAll(async () => {
  await driver?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("after ingesting seeds/", () => {
  it("holds the agreement of Sumbawa Barat (52.07) and Kota Bekasi (32.75) with date, sectors and quote", async () => {
    const [event] = await rows(
      `MATCH (a:Region {code: '52.07'})<-[:PARTY]-(e:Event:Agreement)-[:PARTY]->(b:Region {code: '32.75'})
       MATCH (e)-[r:REPORTED_IN]->(d:Document)
       RETURN e.date AS date, [(e)-[:COVERS]->(s) | s.id] AS sectors, r.quote AS quote, d.text AS text,
              r.start AS start, r.end AS end`,
    );
    expect(event).toBeDefined();
    expect(event!.date).toBe("2021-10-26");
    expect(event!.sectors).toContain("kesehatan");
    expect(event!.quote.length).toBeGreaterThan(20);
    expect((event!.text as string).slice(event!.start, event!.end)).toBe(event!.quote);
  });

  it("holds the audience of Kota Bekasi with DKI Jakarta (31) in 2017", async () => {
    const found = await rows(
      `MATCH (:Region {code: '32.75'})<-[:PARTY]-(e:Event:Audience)-[:PARTY]->(:Region {code: '31'})
       RETURN e.date AS date`,
    );
    expect(found).toEqual([{ date: "2017-12-05" }]);
  });

  it("holds Kota Bandung's one agreement with seven regions, Kuantan Singingi (14.09) among them", async () => {
    const [event] = await rows(
      `MATCH (e:Event:Agreement)-[:PARTY]->(:Region {code: '32.73'})
       RETURN e.date AS date, [(e)-[:PARTY]->(r) | r.code] AS parties`,
    );
    expect(event!.date).toBe("2019-03-13");
    expect([...(event!.parties as string[])].sort()).toEqual(
      ["13.02", "14.09", "16.03", "17.71", "21.04", "32.03", "32.73", "36.01"].sort(),
    );
  });

  it("stores Kota Bandung as the hub of that agreement, each party's role, and the sentence of each fact", async () => {
    const [event] = await rows(
      `MATCH (e:Event:Agreement)-[:PARTY]->(:Region {code: '32.73'})
       MATCH (e)-[r:REPORTED_IN]->(d:Document)
       RETURN e.hub AS hub, [(e)-[p:PARTY]->(x) | x.code + ':' + p.role] AS roles, d.text AS text,
              r.partyCodes AS codes, r.partyStarts AS starts, r.partyEnds AS ends,
              r.dateStart AS dateStart, r.dateEnd AS dateEnd,
              r.sectorIds AS sectors, r.sectorStarts AS sectorStarts, r.sectorEnds AS sectorEnds`,
    );
    expect(event!.hub).toBe("32.73");
    expect(event!.roles).toContain("14.09:signatory");
    const text = event!.text as string;
    const quote = (start: unknown, end: unknown) => text.slice(Number(start), Number(end));
    const codes = event!.codes as string[];
    expect([...codes].sort()).toEqual(
      ["13.02", "14.09", "16.03", "17.71", "21.04", "32.03", "32.73", "36.01"].sort(),
    );
    const kuansing = codes.indexOf("14.09");
    // The seed writes it "Kabupaten Singingi", in the sentence listing the partners.
    expect(quote((event!.starts as number[])[kuansing], (event!.ends as number[])[kuansing])).toMatch(
      /Kabupaten Singingi/,
    );
    expect(quote(event!.dateStart, event!.dateEnd)).toMatch(/2019|13/);
    const sectors = event!.sectors as string[];
    expect(sectors.length).toBe((event!.sectorStarts as number[]).length);
    sectors.forEach((_, i) =>
      expect(
        quote((event!.sectorStarts as number[])[i], (event!.sectorEnds as number[])[i]).length,
      ).toBeGreaterThan(10),
    );
  });

  it("holds Muara Enim's planned sister-city tie with Japan (JP)", async () => {
    const found = await rows(
      `MATCH (:Region {code: '16.03'})<-[:PARTY]-(e:Event:SisterCity)-[:PARTY]->(jp:Region {code: 'JP'})
       RETURN e.status AS status, jp.kind AS kind`,
    );
    expect(found).toEqual([{ status: "planned", kind: "country" }]);
  });

  it("knows Tri Adhianto as one person with two titles over time", async () => {
    const found = await rows(
      `MATCH (p:Person)-[s:SERVED_AS]->(:Region {code: '32.75'})
       WHERE p.key IN ['tri adhianto', 'tri ardianto']
       RETURN p.id AS id, collect(s.title + '@' + s.firstSeen) AS served`,
    );
    expect(found).toHaveLength(1);
    expect([...(found[0]!.served as string[])].sort()).toEqual(
      ["Kepala Dinas PUPR@2017-12-05", "Wakil Wali Kota@2021-10-26"].sort(),
    );
  });

  it("rests each of Tri Adhianto's titles on the article that printed it", async () => {
    const found = await rows(
      `MATCH (p:Person)-[s:SERVED_AS]->(:Region {code: '32.75'})
       WHERE p.key IN ['tri adhianto', 'tri ardianto']
       MATCH (p)-[q:REPORTED_IN {title: s.title}]->(d:Document)
       RETURN s.title AS title, d.id AS document, d.text AS text, q.start AS start, q.end AS end`,
    );
    expect(found.map((f) => f.title).sort()).toEqual(["Kepala Dinas PUPR", "Wakil Wali Kota"]);
    expect(new Set(found.map((f) => f.document)).size).toBe(2);
    for (const f of found) {
      const quote = (f.text as string).slice(f.start, f.end);
      expect(quote).toMatch(/Tri A(dh|rd)ianto/);
      expect(quote).toMatch(f.title === "Wakil Wali Kota" ? /Wakil Wali ?kota/i : /PUPR/);
    }
  });

  it("can name the documents of every SERVED_AS, PARTY and RUNS through the reports they rest on", async () => {
    const unsourced = await rows(
      `MATCH (p:Person)-[s:SERVED_AS]->(r:Region)
       WHERE NOT (p)-[:REPORTED_IN {title: s.title}]->(:Document)
       RETURN 'SERVED_AS' AS type, p.id AS from, r.code AS to
       UNION ALL
       MATCH (e:Event)-[:PARTY]->(r:Region) WHERE NOT (e)-[:REPORTED_IN]->(:Document)
       RETURN 'PARTY' AS type, e.id AS from, r.code AS to
       UNION ALL
       MATCH (r:Region)-[:RUNS]->(g:Program)
       WHERE NOT (r)<-[:PARTY]-(:Event)-[:CONCERNS]->(g)
       RETURN 'RUNS' AS type, r.code AS from, g.id AS to`,
    );
    expect(unsourced).toEqual([]);
    const counted = await rows(
      "MATCH ()-[s:SERVED_AS|PARTY|RUNS]->() RETURN count(s) AS links, count(s.sources) AS withLists",
    );
    expect(Number(counted[0]!.links)).toBeGreaterThan(10);
    expect(Number(counted[0]!.withLists)).toBe(0);
  });

  it("keeps the two Ahmad Yanis of different regions apart", async () => {
    const found = await rows(
      `MATCH (p:Person {key: 'ahmad yani'})-[:SERVED_AS]->(r:Region) RETURN r.code AS code ORDER BY code`,
    );
    expect(found).toEqual([{ code: "16.03" }, { code: "52.07" }]);
  });

  it("links every event to at least one document and region", async () => {
    const orphans = await rows(
      "MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->(:Document) OR NOT (e)-[:PARTY]->(:Region) RETURN e.id AS id",
    );
    expect(orphans).toEqual([]);
  });
});

describe("identity and idempotence", () => {
  it("loading the seeds again changes no node or relationship", async () => {
    const before = await graphShape(driver);
    const again = await ingestPaths(driver, [seedsDir]);
    expect(again).toMatchObject({ added: 0, alreadyPresent: 5, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphShape(driver)).toEqual(before);
  });

  it("recognises an article with other whitespace as the same document", async () => {
    const original = readFileSync(join(seedsDir, "004_ce010e5714acd161.txt"), "utf8");
    const respaced = join(scratch, "respaced.txt");
    writeFileSync(respaced, `\n\n${original.replaceAll(" ", "  ").replaceAll("\n", "\r\n")}  \n`);
    const result = await ingestPaths(driver, [respaced]);
    expect(result).toMatchObject({ added: 0, alreadyPresent: 1 });
  });

  it("merges a second report of the Sumbawa Barat–Bekasi signing into the same event", async () => {
    const second = join(scratch, "second-report.txt");
    writeFileSync(
      second,
      [
        "KSB Jalin Kerja Sama dengan Kota Bekasi",
        "",
        "BEKASI - Pemerintah Kabupaten Sumbawa Barat dan Pemerintah Kota Bekasi menandatangani nota kesepahaman (MoU) kerja sama bidang sanitasi dan kesehatan di Kantor Wali Kota Bekasi, Selasa (26/10/2021).",
        "Penandatanganan dilakukan oleh Bupati Sumbawa Barat W. Musyafirin dan Wakil Wali Kota Bekasi Tri Adhianto.",
      ].join("\n"),
    );
    const result = await ingestPaths(driver, [second]);
    expect(result).toMatchObject({ added: 1, failed: 0 });
    const found = await rows(
      `MATCH (:Region {code: '52.07'})<-[:PARTY]-(e:Event:Agreement)-[:PARTY]->(:Region {code: '32.75'})
       RETURN e.id AS id, count { (e)-[:REPORTED_IN]->(:Document) } AS sources`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.sources).toBe(2);
    const people = await rows(
      "MATCH (p:Person)-[:SERVED_AS]->(:Region {code: '32.75'}) WHERE p.key IN ['tri adhianto', 'tri ardianto'] RETURN DISTINCT p.id",
    );
    expect(people).toHaveLength(1);
  });

  it("reports and skips a file it cannot load, and loads the rest", async () => {
    const folder = join(scratch, "mixed");
    rmSync(folder, { recursive: true, force: true });
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-binary.txt"), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
    writeFileSync(join(folder, "b-empty.txt"), "");
    writeFileSync(
      join(folder, "c-good.md"),
      "# Pemkab Sleman Teken MoU dengan Pemkab Serdang Bedagai\n\nSLEMAN - Bupati Sleman Sri Purnomo dan Bupati Serdang Bedagai Soekirman menandatangani MoU kerja sama bidang pariwisata, Selasa (8/10/2019).\n",
    );
    const result = await ingestPaths(driver, [folder, join(scratch, "does-not-exist.txt")]);
    expect(result.added).toBe(1);
    expect(result.failed).toBe(3);
    expect(result.failures.map((f) => f.file.split("/").pop())).toEqual([
      "a-binary.txt",
      "b-empty.txt",
      "does-not-exist.txt",
    ]);
  });
});
