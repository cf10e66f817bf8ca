/**
 * `npm start` as a user runs it: a real process, its own DATA_DIR and free ports, so it can run beside a
 * developer's `npm start`. Covers the clear failures (bad config, ports in use, DATA_DIR not writable) and
 * a restart after SIGKILL with the data intact.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../../server/db/neo4j.ts";
import { findFreePort, isPortFree } from "../../../server/embedded/ports.ts";
import { runStart } from "../../helpers/_start-process.ts";

let dataDir: string;
let httpPort: number;
let boltPort: number;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "jejaring-start-"));
  httpPort = await findFreePort();
  boltPort = await findFreePort();
  env = {
    DATA_DIR: dataDir,
    PORT: String(httpPort),
    EMBEDDED_NEO4J_PORT: String(boltPort),
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE: "128m",
  };
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

async function waitUntilFree(port: number, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await isPortFree(port))) {
    if (Date.now() - started > timeoutMs) throw new Error(`port ${port} still in use`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("npm start fails clearly", () => {
  it("on an invalid variable, naming it (exit 2)", async () => {
    const run = runStart({ ...env, PORT: "eighty" });
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/PORT="eighty": must be a whole number/);
  });

  it("when the HTTP port is taken, naming the port and PORT", async () => {
    const busy = await occupy(httpPort);
    try {
      const run = runStart(env);
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(new RegExp(`Port ${httpPort} .*in use.*set PORT`, "s"));
    } finally {
      busy.close();
    }
  });

  it("when the Bolt port is taken, naming the port and EMBEDDED_NEO4J_PORT", async () => {
    const busy = await occupy(boltPort);
    try {
      const run = runStart(env);
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(new RegExp(`Port ${boltPort} .*in use.*EMBEDDED_NEO4J_PORT`, "s"));
    } finally {
      busy.close();
    }
  });

  it("when DATA_DIR is not writable", async () => {
    const file = join(dataDir, "plain-file");
    writeFileSync(file, "");
    const run = runStart({ ...env, DATA_DIR: join(file, "data") });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/DATA_DIR .* is not writable/);
  });
});

describe("npm start serves, and survives SIGKILL", () => {
  it("comes up, serves health and the web app, restarts after SIGKILL with its data", async () => {
    const first = runStart(env);
    await first.waitFor(/Jejaring is ready at http:\/\/127\.0\.0\.1:\d+\//);
    const health = await fetch(`http://127.0.0.1:${httpPort}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ neo4j: "up", database: "embedded" });
    const page = await fetch(`http://127.0.0.1:${httpPort}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Jejaring</title>");

    first.child.kill("SIGKILL");
    await first.exited;
    await waitUntilFree(boltPort); // the JVM notices its parent is gone and stops

    const second = runStart(env);
    await second.waitFor(/Jejaring is ready/);
    expect((await fetch(`http://127.0.0.1:${httpPort}/api/health`)).status).toBe(200);
    const password = readFileSync(join(dataDir, "neo4j-password"), "utf8").trim();
    const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, "neo4j", password);
    try {
      const result = await driver.executeQuery("MATCH (r:Region {official: true}) RETURN count(r) AS n");
      expect(Number(result.records[0]?.get("n"))).toBe(552);
    } finally {
      await driver.close();
    }

    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    await waitUntilFree(boltPort);
  });
});

/** The API worker processes a primary forked (their parent is it, their command the worker entry). */
function apiWorkersOf(primary: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        const command = readFileSync(`/proc/${entry}/cmdline`, "utf8");
        return parent === primary && command.includes("api-worker.ts") ? [Number(entry)] : [];
      } catch {
        return []; // gone meanwhile
      }
    });
}

describe("npm start with API_WORKERS", () => {
  it("serves from that many processes, replaces one that dies, and stops them all on SIGTERM", async () => {
    const run = runStart({ ...env, API_WORKERS: "2" });
    await run.waitFor(/Served by 2 API processes/);
    const workers = apiWorkersOf(run.child.pid!);
    expect(workers).toHaveLength(2);
    for (let i = 0; i < 4; i++) {
      const search = await fetch(`http://127.0.0.1:${httpPort}/api/search?q=bekasi`);
      expect(search.status).toBe(200);
      expect(((await search.json()) as { results: Array<{ id: string }> }).results[0]?.id).toBe("32.75");
    }

    process.kill(workers[0]!, "SIGKILL");
    await run.waitFor(new RegExp(`API worker ${workers[0]} exited \\(SIGKILL\\); starting another`));
    await run.waitFor(/API worker \d+ replaced; 2 serving/);
    const now = apiWorkersOf(run.child.pid!);
    expect(now).toHaveLength(2);
    expect(now).not.toContain(workers[0]);
    expect((await fetch(`http://127.0.0.1:${httpPort}/api/health`)).status).toBe(200);

    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    for (const pid of now) expect(() => process.kill(pid, 0)).toThrow();
    await waitUntilFree(boltPort);
    await waitUntilFree(httpPort);
  });
});
