/**
 * Importing from the web against the real test Neo4j and a local server of made-up fixtures: a feed's
 * articles with the right regions, dates and publishers, once (a second run adds nothing); teasers,
 * sidebars and comments never become parties; a sitemap index and an Atom feed; one article under two
 * addresses stored once; a changed article replaces its old version's facts and keeps what another
 * document also reports; and every hostile answer gives a clear reason with nothing half-written.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import {
  loadExtractionResources,
  type ExtractionResources,
} from "../../../server/pipeline/extract/extract-facts.ts";
import { ingestWeb, type WebIngestSummary } from "../../../server/pipeline/ingest/ingest-web.ts";
import { prepareText } from "../../../server/pipeline/ingest/prepare-document.ts";
import { writeBatch } from "../../../server/pipeline/load/graph-writer.ts";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { WebClient, type WebClientOptions } from "../../../server/pipeline/read/web/web-client.ts";
import { graphShape } from "../../helpers/_graph.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";
import { startWebFixtureServer, type WebFixtureServer } from "../../helpers/_web-fixture-server.ts";

let driver: Driver;
let server: WebFixtureServer;
let resources: ExtractionResources;

const CLIENT: WebClientOptions = {
  allowPrivateHosts: true,
  contact: "tests@jejaring.invalid",
  hostDelayMs: 0,
  timeoutMs: 3_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  retryBaseMs: 50,
  maxRetryAfterMs: 1_500,
};

const run = (urls: string[], options: Partial<WebClientOptions> = {}): Promise<WebIngestSummary> =>
  ingestWeb(driver, urls, { client: new WebClient({ ...CLIENT, ...options }), resources, batchSize: 50 });

const url = (path: string) => `${server.origin}${path}`;

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

async function documents() {
  return rows<{ title: string; url: string; publisher: string | null; publishedAt: string; version: number }>(
    "MATCH (d:Document) RETURN d.title AS title, d.url AS url, d.publisher AS publisher, " +
      "d.publishedAt AS publishedAt, d.version AS version ORDER BY title",
  );
}

async function partiesOf(titlePart: string): Promise<string[]> {
  const found = await rows<{ code: string }>(
    "MATCH (d:Document)<-[:REPORTED_IN]-(:Event)-[:PARTY]->(r:Region) WHERE d.title CONTAINS $part " +
      "RETURN DISTINCT r.code AS code ORDER BY code",
    { part: titlePart },
  );
  return found.map((row) => row.code);
}

async function mentionedIn(titlePart: string): Promise<string[]> {
  const found = await rows<{ name: string }>(
    "MATCH (d:Document)<-[:MENTIONED_IN]-(r:Region) WHERE d.title CONTAINS $part RETURN r.name AS name ORDER BY name",
    { part: titlePart },
  );
  return found.map((row) => row.name);
}

beforeAll(async () => {
  driver = testDriver();
  server = await startWebFixtureServer();
  resources = await loadExtractionResources();
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
});

beforeEach(async () => {
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, undefined);
});

describe("importing a WordPress feed", () => {
  it("imports its articles with the right regions, dates and publishers, and a second run adds nothing", async () => {
    const first = await run([url("/feed.xml")]);
    expect(first.failures).toEqual([]);
    expect(first).toMatchObject({ listed: 4, added: 3, replaced: 0, skipped: 1, failed: 0 });
    expect(first.skips[0]!.reason).toMatch(/index page/);
    const stored = await documents();
    expect(stored.map((d) => [d.title, d.publishedAt, d.publisher, d.version])).toEqual([
      ["Kaltim dan Jatim Teken MoU Perdagangan Antardaerah", "2023-11-14", "Warta Nusantara", 1],
      [
        "Kota Semarang dan Kabupaten Kendal Jalin Kerja Sama Pariwisata",
        "2022-08-17",
        "Diskominfo Jateng",
        1,
      ],
      [
        "Pemkab Sumbawa Barat dan Pemkot Bekasi Teken Kesepakatan Bersama Pengelolaan Sampah",
        "2024-03-05",
        "Portal Resmi Pemkab Sumbawa Barat",
        1,
      ],
    ]);
    // Tracking parameters of the feed's link are not part of the stored address.
    expect(stored.find((d) => d.title.startsWith("Pemkab"))!.url).toBe(url("/berita/ksb-bekasi-sampah.html"));
    expect(await partiesOf("Pemkab Sumbawa Barat")).toEqual(["32.75", "52.07"]);
    expect(await partiesOf("Kaltim")).toEqual(["35", "64"]);
    expect(await partiesOf("Kota Semarang")).toEqual(["33.24", "33.74"]);

    const shape = await graphShape(driver);
    const second = await run([url("/feed.xml")]);
    expect(second).toMatchObject({ added: 0, replaced: 0, unchanged: 3, failed: 0 });
    expect(await graphShape(driver)).toEqual(shape);
  });

  it("never takes menus, sidebars, 'Baca juga' teasers, related posts, comments or footers as facts", async () => {
    await run([url("/berita/ksb-bekasi-sampah.html"), url("/berita/kaltim-jatim-perdagangan.html")]);
    expect(await mentionedIn("Pemkab Sumbawa Barat")).toEqual(["Kabupaten Sumbawa Barat", "Kota Bekasi"]);
    const kaltim = await mentionedIn("Kaltim");
    for (const teaser of [
      "Bali",
      "Nusa Tenggara Barat",
      "Riau",
      "Sumatera Barat",
      "Kota Medan",
      "Kota Malang",
    ])
      expect(kaltim).not.toContain(teaser);
    const text = (
      await rows<{ text: string }>(
        "MATCH (d:Document) WHERE d.title STARTS WITH 'Pemkab' RETURN d.text AS text",
      )
    )[0]!.text;
    for (const boilerplate of [
      "Baca juga",
      "Sleman",
      "Garut",
      "Surabaya",
      "Tinggalkan Balasan",
      "Bagikan",
      "Komplek Kemutar",
    ])
      expect(text).not.toContain(boilerplate);
    expect(text.startsWith("Pemkab Sumbawa Barat dan Pemkot Bekasi Teken Kesepakatan Bersama")).toBe(true);
  });

  it("decodes a windows-1252 page", async () => {
    await run([url("/berita/semarang-kendal-pariwisata.html")]);
    const [row] = await rows<{ text: string }>("MATCH (d:Document) RETURN d.text AS text");
    expect(row!.text).toContain("“jembatan”");
    expect(row!.text).toContain("SEMARANG – Pemerintah Kota Semarang");
    expect(row!.text).toContain("André Setiawan");
    expect(row!.text).not.toContain("\uFFFD");
  });
});

describe("sitemaps and Atom", () => {
  it("follows a sitemap index into a news sitemap and a page sitemap", async () => {
    const summary = await run([url("/sitemap_index.xml")]);
    expect(summary).toMatchObject({ listed: 5, added: 3, failed: 0 });
    const reasons = summary.skips.map((s) => s.reason).join("\n");
    expect(reasons).toMatch(/robots\.txt of the site disallows/);
    expect(reasons).toMatch(/index page/);
    expect(await rows("MATCH (d:Document) WHERE d.title = 'Draf internal' RETURN d")).toEqual([]);
    expect(server.requests.some((r) => r.path === "/private/rahasia.html")).toBe(false);
  });

  it("reads an Atom feed and skips the PDF it lists", async () => {
    const summary = await run([url("/atom.xml")]);
    expect(summary).toMatchObject({ listed: 2, added: 1, skipped: 1 });
    expect(summary.skips[0]!.reason).toMatch(/application\/pdf is not read/);
    expect(await partiesOf("Banyuwangi")).toEqual(["35.10", "51"]);
  });
});

describe("identity", () => {
  it("stores one article reached under two addresses once", async () => {
    const summary = await run([
      url("/berita/semarang-kendal-pariwisata.html"),
      url("/berita/semarang-kendal-pariwisata.html?utm_source=wa&fbclid=x"),
      url("/moved"),
    ]);
    expect(summary.added).toBe(1);
    expect((await documents()).length).toBe(1);
    const again = await run([url("/moved")]);
    expect(again).toMatchObject({ added: 0, unchanged: 1 });
    expect((await documents()).length).toBe(1);
  });

  it("replaces a changed article's facts with the new version's, keeping what another document reports", async () => {
    server.setChangingVersion(1);
    await run([url("/changing")]);
    expect(await partiesOf("Lombok Barat")).toEqual(["52.01", "52.71"]);
    // Another article reports the same event (same kind, parties and date): it must survive the replace.
    const twin = prepareText(
      "Kabar Air Minum\n\nPemerintah Kabupaten Lombok Barat dan Pemerintah Kota Mataram menandatangani " +
        "kesepakatan bersama tentang air minum pada Kamis (6/6/2024) di Gerung. Kerja sama mencakup jaringan pipa.",
      { title: "Kabar Air Minum", publishedAt: "2024-06-07" },
      resources,
    );
    if (!twin.ok) throw new Error(twin.error);
    await writeBatch(driver, undefined, [twin.input]);
    const shared = await rows<{ id: string }>(
      "MATCH (e:Event)-[:REPORTED_IN]->(d:Document) WITH e, count(d) AS n WHERE n = 2 RETURN e.id AS id",
    );
    expect(shared).toHaveLength(1);
    const before = await graphShape(driver);
    server.setChangingVersion(2);
    const summary = await run([url("/changing")]);
    expect(summary).toMatchObject({ replaced: 1, added: 0, failed: 0 });
    const stored = (await documents()).filter((d) => d.title !== "Kabar Air Minum");
    expect(stored).toHaveLength(1);
    expect(stored[0]!.version).toBe(2);
    // The event the twin also reports stays, with its parties; the replaced version's report of it is gone.
    expect(
      await rows("MATCH (e:Event {id: $id})-[:PARTY]->(r:Region {code: '52.71'}) RETURN r", {
        id: shared[0]!.id,
      }),
    ).toHaveLength(1);
    expect(
      await rows("MATCH (e:Event {id: $id})-[:REPORTED_IN]->(d:Document) RETURN d.title AS t", {
        id: shared[0]!.id,
      }),
    ).toEqual([{ t: "Kabar Air Minum" }]);
    expect(await partiesOf("Lombok Barat")).toEqual(["52.01", "52.08"]);
    expect(
      await rows("MATCH (r:Region {code: '52.71'})-[:MENTIONED_IN]->(d:Document) RETURN d.title AS t"),
    ).toEqual([{ t: "Kabar Air Minum" }]);
    expect(await graphShape(driver)).not.toEqual(before);
    const third = await run([url("/changing")]);
    expect(third).toMatchObject({ replaced: 0, added: 0, unchanged: 1 });
  });
});

describe("hostile answers", () => {
  it("gives each a clear reason and writes nothing", async () => {
    const summary = await run(
      [
        url("/loop-a"),
        url("/huge"),
        url("/bomb"),
        url("/hang"),
        url("/always-503"),
        url("/malformed-feed.xml"),
        url("/kategori/kerja-sama.html"),
        url("/dokumen/laporan.pdf"),
        url("/private/rahasia.html"),
        url("/nope.html"),
        "ftp://127.0.0.1/feed.xml",
        "javascript:alert(1)",
      ],
      { timeoutMs: 1_500 },
    );
    const reasons = new Map(
      [...summary.failures, ...summary.skips].map((o) => [o.url.replace(server.origin, ""), o.reason]),
    );
    expect(reasons.get("/loop-a")).toMatch(/redirect loop/);
    expect(reasons.get("/huge")).toMatch(/over the limit/);
    expect(reasons.get("/bomb")).toMatch(/decompresses to over the limit/);
    expect(reasons.get("/hang")).toMatch(/time limit/);
    expect(reasons.get("/always-503")).toMatch(/answered 503 after 3 tries/);
    expect(reasons.get("/malformed-feed.xml")).toMatch(/not a feed or sitemap/);
    expect(reasons.get("/kategori/kerja-sama.html")).toMatch(/index page/);
    expect(reasons.get("/dokumen/laporan.pdf")).toMatch(/pdf is not read/);
    expect(reasons.get("/private/rahasia.html")).toMatch(/robots\.txt/);
    expect(reasons.get("/nope.html")).toMatch(/answered 404/);
    expect(reasons.get("ftp://127.0.0.1/feed.xml")).toMatch(/only http and https/);
    expect(reasons.get("javascript:alert(1)")).toMatch(/only http and https/);
    expect(summary.added).toBe(0);
    expect(await documents()).toEqual([]);
  });

  it("retries a 429 after its Retry-After and imports the page", async () => {
    const startedAt = Date.now();
    const summary = await run([url("/flaky")]);
    expect(summary).toMatchObject({ added: 1, failed: 0 });
    const flaky = server.requests.filter((r) => r.path === "/flaky");
    expect(flaky.length).toBeGreaterThanOrEqual(2);
    expect(flaky[flaky.length - 1]!.at - flaky[flaky.length - 2]!.at).toBeGreaterThanOrEqual(1_000);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1_000);
  });

  it("refuses a host resolving to 127.0.0.1 without IMPORT_ALLOW_PRIVATE_HOSTS", async () => {
    const summary = await run(
      [
        url("/feed.xml"),
        `http://localhost:${server.port}/feed.xml`,
        "http://[::1]/",
        "http://169.254.169.254/latest/",
      ],
      { allowPrivateHosts: false },
    );
    expect(summary.failed).toBe(4);
    for (const failure of summary.failures) expect(failure.reason).toMatch(/loopback|metadata/);
    expect(await documents()).toEqual([]);
  });

  it("sends Jejaring's User-Agent with the contact, and a conditional GET on the second fetch", async () => {
    await run([url("/berita/kaltim-jatim-perdagangan.html")]);
    await run([url("/berita/kaltim-jatim-perdagangan.html")]);
    const asked = server.requests.filter((r) => r.path === "/berita/kaltim-jatim-perdagangan.html");
    expect(asked[0]!.headers["user-agent"]).toMatch(/^Jejaring\/.*tests@jejaring\.invalid/);
    expect(asked[asked.length - 1]!.headers["if-none-match"]).toBeTruthy();
  });

  it("waits the politeness delay between two requests to one host", async () => {
    const startedAt = server.requests.length;
    await run([url("/berita/kaltim-jatim-perdagangan.html"), url("/berita/banyuwangi-audiensi.html")], {
      hostDelayMs: 400,
    });
    const made = server.requests.slice(startedAt).filter((r) => r.path !== "/robots.txt");
    expect(made.length).toBe(2);
    expect(made[1]!.at - made[0]!.at).toBeGreaterThanOrEqual(400);
  });
});
