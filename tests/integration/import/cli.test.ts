/**
 * `npm run ingest -- URL` and `npm run feeds` as processes against the shared test Neo4j and a local server
 * of made-up fixtures: the feed's articles are imported with a summary that names what was skipped and
 * why, and a second run adds nothing; `npm run feeds` polls its sources, remembers what each has seen (a
 * second poll fetches the feeds alone, with a conditional GET), and a bad sources file is a clear error.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../../server/paths.ts";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";
import { startWebFixtureServer, type WebFixtureServer } from "../../helpers/_web-fixture-server.ts";

let driver: Driver;
let server: WebFixtureServer;
let dataDir: string;

function run(script: "ingest" | "feeds", args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(projectRoot, `server/pipeline/cli/${script}.ts`), ...args],
    {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NEO4J_URI: inject("neo4jUri"),
        NEO4J_USER: inject("neo4jUser"),
        NEO4J_PASSWORD: inject("neo4jPassword"),
        DATA_DIR: dataDir,
        IMPORT_ALLOW_PRIVATE_HOSTS: "true",
        IMPORT_HOST_DELAY_MS: "0",
        IMPORT_CONTACT: "tests@jejaring.invalid",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once("exit", (code) => resolve({ code, stdout, stderr })),
  );
}

const documentCount = async () =>
  Number((await driver.executeQuery("MATCH (d:Document) RETURN count(d) AS n")).records[0]?.get("n"));

beforeAll(async () => {
  driver = testDriver();
  server = await startWebFixtureServer();
  dataDir = mkdtempSync(join(tmpdir(), "jejaring-import-cli-"));
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, undefined);
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run ingest -- URL", () => {
  it("imports a feed's articles with a summary, and a second run adds nothing", async () => {
    const first = await run("ingest", [`${server.origin}/feed.xml`]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /documents added: 3, replaced by a new version: 0, unchanged: 0, skipped: 1, failed: 0/,
    );
    expect(first.stderr).toMatch(/skipped: .*kategori\/kerja-sama\.html: not an article/);
    expect(await documentCount()).toBe(3);
    const second = await run("ingest", [`${server.origin}/feed.xml`]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/documents added: 0, replaced by a new version: 0, unchanged: 3/);
    expect(await documentCount()).toBe(3);
  });

  it("exits 1 naming each failure, and refuses a loopback host without the override", async () => {
    const failed = await run("ingest", [`${server.origin}/loop-a`]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/failed: .*loop-a: redirect loop/);
    const refused = await run("ingest", [`${server.origin}/feed.xml`], {
      IMPORT_ALLOW_PRIVATE_HOSTS: "false",
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/loopback address/);
  });
});

describe("npm run feeds", () => {
  it("polls its sources, and a second poll fetches only the feeds", async () => {
    const sources = join(dataDir, "sources.json");
    writeFileSync(
      sources,
      JSON.stringify({
        sources: [
          { name: "Portal fiktif", url: `${server.origin}/feed.xml` },
          { name: "Kabar fiktif", url: `${server.origin}/atom.xml` },
        ],
      }),
    );
    const first = await run("feeds", ["--sources", sources]);
    expect(first.code, first.stderr).toBe(0);
    expect(await documentCount()).toBe(4);
    const state = JSON.parse(readFileSync(join(dataDir, "sources-state.json"), "utf8")) as Record<
      string,
      { seen: string[] }
    >;
    expect(state[`${server.origin}/feed.xml`]!.seen).toContain(
      `${server.origin}/berita/ksb-bekasi-sampah.html`,
    );
    const before = server.requests.length;
    const second = await run("feeds", ["--sources", sources]);
    expect(second.code).toBe(0);
    const asked = server.requests.slice(before).map((r) => r.path);
    expect(asked.filter((path) => path.startsWith("/berita/"))).toEqual([]);
    expect(asked).toContain("/feed.xml");
    const feed = server.requests.slice(before).find((r) => r.path === "/feed.xml")!;
    expect(feed.headers["if-none-match"]).toBeTruthy();
    expect(await documentCount()).toBe(4);
  });

  it("says what is wrong with a bad sources file", async () => {
    const missing = await run("feeds", ["--sources", join(dataDir, "none.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
    const bad = join(dataDir, "bad.json");
    writeFileSync(bad, JSON.stringify({ sources: [{ name: "x", url: "javascript:alert(1)" }] }));
    const invalid = await run("feeds", ["--sources", bad]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/sources\.0\.url: must be an http\(s\) address/);
    writeFileSync(bad, "{ not json");
    expect((await run("feeds", ["--sources", bad])).stderr).toMatch(/not valid JSON/);
    expect((await run("feeds", ["--watch", "0"])).code).toBe(2);
  });
});
