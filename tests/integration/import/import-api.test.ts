/**
 * POST /api/documents/import/preview and POST /api/documents/import against the real Neo4j and the local
 * fixture server: the preview shows the facts with their quotes and writes nothing; the import needs the
 * token, stores the article once (again: 200, unchanged) and the article view's document carries its
 * address; hostile addresses get a clear error with the house's error body and nothing is written.
 */
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import type { ImportPreview, ImportResult } from "../../../server/schemas/import.ts";
import type { Article } from "../../../server/schemas/document.ts";
import { graphShape } from "../../helpers/_graph.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { startWebFixtureServer, type WebFixtureServer } from "../../helpers/_web-fixture-server.ts";

const TOKEN = "test-import-token-0123456789";
let driver: Driver;
let server: WebFixtureServer;
let app: FastifyInstance;
let strict: FastifyInstance;

const post = (target: FastifyInstance, url: string, payload: unknown, token?: string) =>
  target.inject({
    method: "POST",
    url,
    payload: payload as Record<string, unknown>,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

beforeAll(async () => {
  driver = testDriver();
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, undefined);
  server = await startWebFixtureServer();
  const env = {
    API_TOKEN: TOKEN,
    IMPORT_HOST_DELAY_MS: "0",
    IMPORT_TIMEOUT_MS: "2000",
    IMPORT_RETRY_BASE_MS: "0",
  };
  app = await buildTestApp(driver, { ...env, IMPORT_ALLOW_PRIVATE_HOSTS: "true" });
  strict = await buildTestApp(driver, env);
});

afterAll(async () => {
  await app?.close();
  await strict?.close();
  await server?.close();
  await driver?.close();
});

describe("the import preview", () => {
  it("shows the article's facts with their quotes and metadata, and writes nothing", async () => {
    const before = await graphShape(driver);
    const response = await post(app, "/api/documents/import/preview", {
      url: `${server.origin}/berita/ksb-bekasi-sampah.html?utm_source=wa`,
    });
    expect(response.statusCode).toBe(200);
    const preview = response.json<ImportPreview>();
    expect(preview.page).toMatchObject({
      canonicalUrl: `${server.origin}/berita/ksb-bekasi-sampah.html`,
      publishedAt: "2024-03-05",
      publisher: "Portal Resmi Pemkab Sumbawa Barat",
      language: "id",
    });
    expect(preview.stored).toBe("new");
    expect(preview.extracted.events.map((e) => e.parties)).toEqual([["52.07", "32.75"]]);
    for (const event of preview.extracted.events)
      expect(preview.text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.text);
    expect(await graphShape(driver)).toEqual(before);
  });
});

describe("the import", () => {
  it("needs the token", async () => {
    const url = `${server.origin}/berita/kaltim-jatim-perdagangan.html`;
    expect((await post(app, "/api/documents/import", { url })).statusCode).toBe(401);
    expect((await post(app, "/api/documents/import", { url }, "wrong-token-0123456789")).statusCode).toBe(
      401,
    );
  });

  it("stores the article once, which the article view then shows with its address", async () => {
    const url = `${server.origin}/berita/kaltim-jatim-perdagangan.html`;
    const first = await post(app, "/api/documents/import", { url }, TOKEN);
    expect(first.statusCode).toBe(201);
    const result = first.json<ImportResult>();
    expect(result).toMatchObject({ outcome: "added", version: 1 });
    const article = (await app.inject({ url: `/api/documents/${result.documentId}` })).json<Article>();
    expect(article.source).toBe(url);
    expect(article.publishedAt).toBe("2023-11-14");
    const again = await post(app, "/api/documents/import", { url }, TOKEN);
    expect(again.statusCode).toBe(200);
    expect(again.json<ImportResult>().outcome).toBe("unchanged");
    const preview = await post(app, "/api/documents/import/preview", { url });
    expect(preview.json<ImportPreview>().stored).toBe("unchanged");
  });
});

describe("hostile addresses", () => {
  it("each get a clear error in the house's shape, and nothing is written", async () => {
    const before = await graphShape(driver);
    const cases: Array<[FastifyInstance, unknown, number, string, RegExp]> = [
      [app, { url: "ftp://127.0.0.1/x" }, 400, "JJ_VALIDATION", /http:\/\/ or https:\/\//],
      [app, { url: "" }, 400, "JJ_VALIDATION", /http/],
      [app, { url: 42 }, 400, "JJ_VALIDATION", /url/],
      [app, { url: "http://x", extra: 1 }, 400, "JJ_VALIDATION", /extra/],
      [app, { url: `https://a.b/${"x".repeat(3000)}` }, 400, "JJ_VALIDATION", /2048/],
      [strict, { url: `${server.origin}/feed.xml` }, 403, "JJ_URL_REFUSED", /loopback/],
      [strict, { url: "http://169.254.169.254/latest/meta-data/" }, 403, "JJ_URL_REFUSED", /metadata/],
      [strict, { url: "http://[::ffff:127.0.0.1]/" }, 403, "JJ_URL_REFUSED", /loopback/],
      [app, { url: `${server.origin}/feed.xml` }, 422, "JJ_NOT_ARTICLE", /feed or a sitemap/],
      [app, { url: `${server.origin}/kategori/kerja-sama.html` }, 422, "JJ_NOT_ARTICLE", /index page/],
      [app, { url: `${server.origin}/dokumen/laporan.pdf` }, 422, "JJ_NOT_ARTICLE", /pdf/],
      [app, { url: `${server.origin}/private/rahasia.html` }, 403, "JJ_ROBOTS_DISALLOWED", /robots/],
      [app, { url: `${server.origin}/loop-a` }, 502, "JJ_FETCH_FAILED", /redirect loop/],
      [app, { url: `${server.origin}/bomb` }, 502, "JJ_FETCH_FAILED", /limit/],
      [app, { url: `${server.origin}/hang` }, 502, "JJ_FETCH_FAILED", /time limit/],
      [app, { url: `${server.origin}/nope` }, 502, "JJ_FETCH_FAILED", /404/],
    ];
    for (const [target, payload, status, code, message] of cases) {
      const response = await post(target, "/api/documents/import/preview", payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(status);
      const body = response.json<{ statusCode: number; code: string; message: string }>();
      expect(body.code).toBe(code);
      expect(body.message).toMatch(message);
    }
    const saved = await post(strict, "/api/documents/import", { url: `${server.origin}/feed.xml` }, TOKEN);
    expect(saved.statusCode).toBe(403);
    expect(await graphShape(driver)).toEqual(before);
  });
});
