/**
 * The response cache on the real Neo4j: a second identical read is answered from memory with the same
 * body; errors are never kept; a write through the API is visible to the very next read; a write by another
 * process (the loader on its own driver, as `npm run ingest` does) is visible within a couple of seconds;
 * RESPONSE_CACHE_MB=0 switches it off.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../../server/pipeline/ingest/ingest.ts";
import type { Timeline } from "../../../server/schemas/region.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { bodyOf, seededApp, type SeededApp } from "./_seeded-app.ts";

const TOKEN = "test-write-token-0123456789";
const TIMELINE = "/api/regions/32.75/timeline";

const article = (partner: string, date: string) =>
  `Pemkot Bekasi dan ${partner} Teken Kesepakatan Bersama\n\nBEKASI – Wali Kota Bekasi Tri Adhianto dan ` +
  `pimpinan ${partner} menandatangani kesepakatan bersama bidang persampahan di Kota Bekasi, ${date}.\n`;

let seeded: SeededApp;
let uncached: FastifyInstance;
let folder: string;

beforeAll(async () => {
  seeded = await seededApp({ API_TOKEN: TOKEN });
  await seeded.app.ready();
  uncached = await buildTestApp(seeded.driver, { RESPONSE_CACHE_MB: "0" });
  folder = mkdtempSync(join(tmpdir(), "jejaring-cache-"));
});

afterAll(async () => {
  await uncached?.close();
  await seeded?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const get = (url: string, app = seeded.app) => app.inject({ method: "GET", url });

/** Reads until the answer is no longer the cached one (the version is read once a second), or 5 s pass. */
async function readUntilMiss(url: string) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const response = await get(url);
    if (response.headers["x-cache"] !== "HIT" || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the response cache", () => {
  it("answers a second identical read from memory, with the same body", async () => {
    const first = await readUntilMiss(TIMELINE);
    expect(first.headers["x-cache"]).toBe("MISS");
    const second = await get(TIMELINE);
    expect(second.statusCode).toBe(200);
    expect(second.headers["x-cache"]).toBe("HIT");
    expect(second.headers["content-type"]).toMatch(/^application\/json/);
    expect(second.body).toBe(first.body);
    expect((await get("/api/search?q=bekasi")).headers["x-cache"]).toBe("MISS");
  });

  it("never keeps an error", async () => {
    for (const url of [
      "/api/nodes/region:99.99",
      "/api/search?q=",
      "/api/graph/neighborhood?id=32.75&depth=9",
    ]) {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await get(url);
        expect(response.headers["x-cache"]).not.toBe("HIT");
        statuses.push(response.statusCode);
      }
      expect(statuses.every((s) => s >= 400 && s < 500)).toBe(true);
    }
  });

  it("shows a write through the API on the very next read", async () => {
    await get(TIMELINE);
    expect((await get(TIMELINE)).headers["x-cache"]).toBe("HIT");
    const posted = await seeded.app.inject({
      method: "POST",
      url: "/api/documents",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      payload: JSON.stringify({ text: article("Pemkab Banyuwangi", "Senin (6/3/2023)") }),
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const after = await get(TIMELINE);
    expect(after.headers["x-cache"]).toBe("MISS");
    const timeline = bodyOf<Timeline>(after);
    expect(timeline.events.some((e) => e.date === "2023-03-06")).toBe(true);
  });

  it("shows a write by another process within seconds", async () => {
    await get(TIMELINE);
    expect((await get(TIMELINE)).headers["x-cache"]).toBe("HIT");
    writeFileSync(join(folder, "kupang.txt"), article("Pemkot Kupang", "Rabu (8/5/2024)"));
    const summary = await ingestPaths(seeded.driver, [folder]);
    expect(summary).toMatchObject({ added: 1, failed: 0 });
    const after = await readUntilMiss(TIMELINE);
    expect(after.headers["x-cache"]).toBe("MISS");
    expect(bodyOf<Timeline>(after).events.some((e) => e.date === "2024-05-08")).toBe(true);
  });

  it("is off with RESPONSE_CACHE_MB=0", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await get(TIMELINE, uncached);
      expect(response.statusCode).toBe(200);
      expect(response.headers["x-cache"]).toBeUndefined();
    }
  });
});
