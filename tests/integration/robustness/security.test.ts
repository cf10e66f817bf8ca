/**
 * Security details that need the real app: tokens and passwords never reach the log (read after requests
 * carrying them, at the most verbose level); unknown URLs and wrong methods share a tight rate limit; CORS
 * answers only the configured origins, preflights included. The constant-time token comparison is
 * tests/unit/robustness/bearer-token.test.ts; writes' rate limit and the body limit are
 * tests/integration/api/write.test.ts; the password file's mode and Bolt's address are
 * tests/integration/foundation/embedded-neo4j.test.ts.
 */
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../../server/config.ts";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { UNKNOWN_PER_MINUTE } from "../../../server/plugins/external/unknown-routes.ts";
import { buildServer } from "../../../server/server.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { resetTestDatabase, testDriver, testHandle } from "../../helpers/_neo4j.ts";

const TOKEN = "log-test-token-Zq9xW2vB7nK4";
const WRONG = "wrong-token-Hj3kL8mN5pQ1rS";

let driver: Driver;
let app: FastifyInstance | undefined;

beforeAll(async () => {
  driver = testDriver();
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, inject("neo4jDatabase"));
});

afterEach(async () => {
  await app?.close();
  app = undefined;
});

afterAll(async () => {
  await driver?.close();
});

describe("the log", () => {
  it("holds no token or password after requests that carry them, even at trace level", async () => {
    const lines: string[] = [];
    app = await buildServer({
      config: loadConfig({ LOG_LEVEL: "trace", API_TOKEN: TOKEN, NEO4J_PASSWORD: inject("neo4jPassword") }),
      neo4j: testHandle(driver),
      logStream: { write: (line: string) => void lines.push(line) },
    });
    const article = { text: "Wali Kota Bekasi menandatangani MoU dengan Bupati Sumbawa Barat di Bekasi." };
    for (const token of [TOKEN, WRONG]) {
      const response = await app.inject({
        method: "POST",
        url: "/api/documents",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        payload: article,
      });
      expect(response.statusCode).toBe(token === TOKEN ? 201 : 401);
    }
    await app.inject({ url: `/api/nothing-here?token=${TOKEN}&password=${WRONG}` });
    await app.inject({ url: "/api/search?q=bekasi", headers: { authorization: `Bearer ${TOKEN}` } });

    const log = lines.join("");
    expect(lines.length).toBeGreaterThan(8); // the requests were logged: the check reads a real log
    expect(log).toMatch(/incoming request/);
    for (const secret of [TOKEN, WRONG, inject("neo4jPassword")]) expect(log).not.toContain(secret);
  });
});

describe("requests no route takes", () => {
  it("answer 405 with Allow for a known path under another method, 404 otherwise", async () => {
    app = await buildTestApp(driver);
    const wrongMethod = await app.inject({ method: "DELETE", url: "/api/search?q=bekasi" });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe("GET, HEAD");
    expect(wrongMethod.json()).toMatchObject({ code: "JJ_METHOD_NOT_ALLOWED" });
    // A static route beats a parametric one only under its own method: the preview takes POST only.
    const preview = await app.inject({ method: "GET", url: "/api/documents/preview" });
    expect(preview.statusCode).toBe(405);
    expect(preview.headers.allow).toBe("POST");
    expect((await app.inject({ method: "GET", url: "/api/documents/" })).statusCode).toBe(405);
    expect((await app.inject({ url: "/api/nodes/" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/wp-login.php" })).statusCode).toBe(404);
  });

  it(`share a rate limit of ${UNKNOWN_PER_MINUTE} a minute per client`, async () => {
    app = await buildTestApp(driver);
    const statuses: number[] = [];
    for (let i = 0; i < UNKNOWN_PER_MINUTE + 5; i++) {
      const response = await app.inject(
        i % 2 ? { url: `/admin/${i}` } : { method: "PUT", url: "/api/stats" },
      );
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, UNKNOWN_PER_MINUTE).every((s) => s === 404 || s === 405)).toBe(true);
    const limited = await app.inject({ url: "/admin/more" });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: "JJ_RATE_LIMITED" });
    // Known routes keep their own, larger budget.
    expect((await app.inject({ url: "/api/health" })).statusCode).toBe(200);
  });
});

describe("CORS", () => {
  const preflight = (origin: string) => ({
    method: "OPTIONS" as const,
    url: "/api/search?q=bekasi",
    headers: { origin, "access-control-request-method": "GET" },
  });

  it("is off unless configured: no CORS header, and a preflight is refused", async () => {
    app = await buildTestApp(driver);
    const read = await app.inject({ url: "/api/health", headers: { origin: "https://evil.example" } });
    expect(read.headers["access-control-allow-origin"]).toBeUndefined();
    const refused = await app.inject(preflight("https://evil.example"));
    expect(refused.statusCode).toBe(405);
    expect(refused.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("answers the configured origins only, preflights included", async () => {
    app = await buildTestApp(driver, { CORS_ORIGIN: "https://kerjasama.example.go.id" });
    const allowed = await app.inject({
      url: "/api/health",
      headers: { origin: "https://kerjasama.example.go.id" },
    });
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://kerjasama.example.go.id");
    const other = await app.inject({ url: "/api/health", headers: { origin: "https://evil.example" } });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    const ok = await app.inject(preflight("https://kerjasama.example.go.id"));
    expect(ok.statusCode).toBe(204);
    expect(ok.headers["access-control-allow-origin"]).toBe("https://kerjasama.example.go.id");
    expect(
      (await app.inject(preflight("https://evil.example"))).headers["access-control-allow-origin"],
    ).toBeUndefined();
  });
});
