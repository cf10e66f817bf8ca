/**
 * The web reading stage without a network: which addresses may be fetched, the identity form of an
 * address, charsets, page metadata, the main-content reader on the made-up fixtures (teasers, sidebars and
 * comments dropped), feeds and sitemaps (malformed ones too), robots.txt and the host queue's pause.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAddress } from "../../../server/pipeline/read/web/address-policy.ts";
import { decodeBody } from "../../../server/pipeline/read/web/decode-body.ts";
import { readFeed } from "../../../server/pipeline/read/web/feeds.ts";
import { HostQueue } from "../../../server/pipeline/read/web/host-queue.ts";
import { toIsoDate } from "../../../server/pipeline/read/web/page-metadata.ts";
import { readArticlePage } from "../../../server/pipeline/read/web/page-reader.ts";
import { parseRobots } from "../../../server/pipeline/read/web/robots.ts";
import { readSitemap } from "../../../server/pipeline/read/web/sitemaps.ts";
import { retryAfterMs } from "../../../server/pipeline/read/web/web-client.ts";
import { checkWebUrl, identityUrl } from "../../../server/pipeline/read/web/web-urls.ts";
import { WEB_FIXTURES } from "../../helpers/_web-fixture-server.ts";

const site = (path: string) => readFileSync(join(WEB_FIXTURES, "site", path));

describe("addresses", () => {
  it("refuses loopback, private, link-local, metadata and embedded-IPv4 forms; allows public unicast", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "192.168.0.1",
      "172.16.5.4",
      "169.254.169.254",
      "::1",
      "fd00:ec2::254",
      "fe80::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
      "100.100.100.200",
      "224.0.0.1",
      "64:ff9b::7f00:1",
    ])
      expect(checkAddress(address, false).ok, address).toBe(false);
    for (const address of ["8.8.8.8", "103.10.20.30", "2001:4860:4860::8888"])
      expect(checkAddress(address, false).ok, address).toBe(true);
    expect(checkAddress("127.0.0.1", true).ok).toBe(true);
    expect(checkAddress("169.254.169.254", true).ok).toBe(false);
    expect(checkAddress("fd00:ec2::254", true).ok).toBe(false);
  });

  it("accepts only http(s) without credentials, and names an article one way", () => {
    for (const bad of [
      "",
      "ftp://a.b/",
      "javascript:alert(1)",
      "data:text/html,x",
      "file:///etc/passwd",
      "http://user:pw@a.b/",
      "not a url",
      `http://a.b/${"x".repeat(3000)}`,
    ])
      expect(checkWebUrl(bad).ok, bad).toBe(false);
    expect(identityUrl("HTTPS://Example.GO.id:443/berita/a?utm_source=fb&b=2&a=1&fbclid=x#komentar")).toBe(
      "https://example.go.id/berita/a?a=1&b=2",
    );
  });
});

describe("charsets", () => {
  it("decodes windows-1252 from the header or the meta tag, and UTF-8 without a declaration", () => {
    const bytes = site("berita/semarang-kendal-pariwisata.html");
    const viaMeta = decodeBody(bytes, "text/html");
    expect(viaMeta).toContain("“jembatan”");
    expect(viaMeta).toContain("André");
    expect(decodeBody(bytes, "text/html; charset=windows-1252")).toBe(viaMeta);
    expect(decodeBody(Buffer.from("<p>Wali Kota – “Bekasi”</p>"), undefined)).toBe(
      "<p>Wali Kota – “Bekasi”</p>",
    );
    expect(decodeBody(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x41, 0x94]), undefined)).toBe("<p>“A”");
  });
});

describe("the page reader", () => {
  it("keeps a WordPress post's text and drops menus, teasers, related posts, comments and footers", () => {
    const read = readArticlePage(
      site("berita/ksb-bekasi-sampah.html").toString(),
      "http://x.test/berita/ksb-bekasi-sampah.html",
    );
    if (!read.ok) throw new Error(read.reason);
    expect(read.article).toMatchObject({
      title: "Pemkab Sumbawa Barat dan Pemkot Bekasi Teken Kesepakatan Bersama Pengelolaan Sampah",
      publishedAt: "2024-03-05",
      publisher: "Portal Resmi Pemkab Sumbawa Barat",
      language: "id",
      canonicalUrl: "http://x.test/berita/ksb-bekasi-sampah.html",
    });
    for (const gone of [
      "Baca juga",
      "Sleman",
      "Dompu",
      "Lombok Timur",
      "Garut",
      "Surabaya",
      "Kabupaten Bima",
      "Beranda",
      "Bagikan",
      "Komplek",
      "Lombok Tengah",
    ])
      expect(read.article.text, gone).not.toContain(gone);
    expect(read.article.text).toContain("TALIWANG – Pemerintah Kabupaten Sumbawa Barat");
  });

  it("reads JSON-LD and drops a 'Baca Juga' box", () => {
    const read = readArticlePage(site("berita/kaltim-jatim-perdagangan.html").toString(), "http://x.test/k");
    if (!read.ok) throw new Error(read.reason);
    expect(read.article).toMatchObject({ publishedAt: "2023-11-14", publisher: "Warta Nusantara" });
    for (const gone of ["Pemprov Bali", "Riau", "Binjai", "Papua Barat", "Bontang"])
      expect(read.article.text).not.toContain(gone);
  });

  it("skips index pages, stubs and link lists, and survives malformed or empty HTML", () => {
    expect(readArticlePage(site("kategori/kerja-sama.html").toString(), "http://x.test/").ok).toBe(false);
    expect(readArticlePage("<html><body><p>Pendek.</p></body></html>", "http://x.test/").ok).toBe(false);
    const links = `<html><body><article>${Array.from({ length: 80 }, (_, i) => `<p><a href="/${i}">Berita kerja sama nomor ${i} antara daerah</a></p>`).join("")}</article></body></html>`;
    expect(readArticlePage(links, "http://x.test/").ok).toBe(false);
    for (const hostile of [
      "",
      "\u0000\u0001\u0002",
      "<<<>>>",
      "<html><body><div><p>".repeat(2000),
      "<script>".repeat(100),
    ])
      expect(readArticlePage(hostile, "http://x.test/").ok).toBe(false);
  });

  it("reads metadata dates as written, and refuses impossible ones", () => {
    expect(toIsoDate("2024-03-04T23:30:00+07:00")).toBe("2024-03-04");
    expect(toIsoDate("5 Maret 2024")).toBe("2024-03-05");
    expect(toIsoDate("2021-02-31")).toBeNull();
    expect(toIsoDate("kemarin")).toBeNull();
  });
});

describe("feeds and sitemaps", () => {
  it("lists RSS and Atom items with absolute addresses and dates", () => {
    const rss = readFeed(site("feed.xml").toString(), "http://x.test/feed.xml");
    if (!rss.ok) throw new Error(rss.reason);
    expect(rss.items[0]).toMatchObject({ date: "2024-03-05" });
    expect(rss.items.map((i) => i.url)).toContain("http://x.test/berita/kaltim-jatim-perdagangan.html");
    const atom = readFeed(site("atom.xml").toString(), "http://x.test/atom.xml");
    expect(atom.ok && atom.items[0]!.url).toBe("http://x.test/berita/banyuwangi-audiensi.html");
  });

  it("says why a malformed feed gives nothing, and keeps only http(s) links", () => {
    expect(readFeed(site("malformed-feed.xml").toString(), "http://x.test/").ok).toBe(false);
    expect(readFeed("", "http://x.test/").ok).toBe(false);
    const hostile = readFeed(
      "<rss><channel><item><link>javascript:alert(1)</link></item><item><link>/ok</link></item></channel></rss>",
      "http://x.test/",
    );
    expect(hostile.ok && hostile.items.map((i) => i.url)).toEqual(["http://x.test/ok"]);
    const truncated = readFeed(site("feed.xml").toString().slice(0, 1500), "http://x.test/");
    expect(truncated.ok && truncated.items.length).toBeGreaterThan(0);
  });

  it("reads a sitemap index and a news sitemap", () => {
    const index = readSitemap(site("sitemap_index.xml").toString(), "http://x.test/sitemap_index.xml");
    expect(index).toMatchObject({
      ok: true,
      kind: "index",
      sitemaps: ["http://x.test/sitemap-news.xml", "http://x.test/sitemap-pages.xml"],
    });
    const news = readSitemap(site("sitemap-news.xml").toString(), "http://x.test/sitemap-news.xml");
    expect(news.ok && news.kind === "urlset" && news.items[0]).toMatchObject({ date: "2025-01-21" });
    expect(readSitemap("<html></html>", "http://x.test/").ok).toBe(false);
  });
});

describe("politeness", () => {
  it("honours robots.txt rules and Crawl-delay, forbids all when unreadable, allows all when missing", () => {
    const rules = parseRobots(
      "http://x.test",
      { status: 200, text: site("robots.txt").toString() },
      "Jejaring",
    );
    expect(rules.isAllowed("http://x.test/private/rahasia.html")).toBe(false);
    expect(rules.isAllowed("http://x.test/berita/a.html")).toBe(true);
    expect(
      parseRobots("http://x.test", { status: 404, text: "" }, "Jejaring").isAllowed("http://x.test/a"),
    ).toBe(true);
    expect(
      parseRobots("http://x.test", { status: 503, text: "" }, "Jejaring").isAllowed("http://x.test/a"),
    ).toBe(false);
    expect(parseRobots("http://x.test", { error: "timeout" }, "Jejaring").isAllowed("http://x.test/a")).toBe(
      false,
    );
    expect(
      parseRobots(
        "http://x.test",
        { status: 200, text: "User-agent: Jejaring\nCrawl-delay: 3\nDisallow: /x" },
        "Jejaring",
      ).crawlDelaySeconds,
    ).toBe(3);
  });

  it("runs one task at a time per host with the pause between, hosts side by side", async () => {
    const queue = new HostQueue(120);
    const log: [string, number, number][] = [];
    const task = (host: string) =>
      queue.run(host, async () => {
        const start = Date.now();
        await new Promise((r) => setTimeout(r, 20));
        log.push([host, start, Date.now()]);
      });
    await Promise.all([task("a"), task("a"), task("b")]);
    const a = log.filter(([h]) => h === "a");
    expect(a[1]![1] - a[0]![2]).toBeGreaterThanOrEqual(115);
    expect(log.find(([h]) => h === "b")![1] - a[0]![1]).toBeLessThan(100);
  });

  it("reads Retry-After as seconds or a date", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs("soon")).toBeUndefined();
  });
});
