/**
 * The app killed with SIGKILL in the middle of POST /api/documents: after a restart the article is either
 * stored whole, with every fact of a completed write, or not at all, never in part. The app runs as its own
 * process (_app-process.ts) against the shared test Neo4j, which stays up and rolls back the transaction of
 * the connection that vanished. The reference graphs (before, and after the same POST completed) are read
 * first, through the same app in-process.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureOfficialRegions } from "../../../server/pipeline/load/official-regions.ts";
import { projectRoot, seedsDir } from "../../../server/paths.ts";
import { buildTestApp } from "../../helpers/build-app.ts";
import { graphShape, type GraphShape } from "../../helpers/_graph.ts";
import { resetTestDatabase, testDriver } from "../../helpers/_neo4j.ts";

const TOKEN = "crash-test-token-0123456789";
// All five seed articles as one long article: many regions, officials and events, so the write
// transaction runs long enough to be caught open.
const ARTICLE = readdirSync(seedsDir)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => readFileSync(join(seedsDir, file), "utf8"))
  .join("\n\n");

let driver: Driver;
let before: GraphShape;
let complete: GraphShape;
let completeSpans: number;
let documentId: string;

async function freshGraph(): Promise<void> {
  await resetTestDatabase(driver, inject("neo4jUri"));
  await ensureOfficialRegions(driver, inject("neo4jDatabase"));
}

async function startApp(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "tests/integration/robustness/_app-process.ts")],
    {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        LOG_LEVEL: "silent",
        API_TOKEN: TOKEN,
        NEO4J_URI: inject("neo4jUri"),
        NEO4J_USER: inject("neo4jUser"),
        NEO4J_PASSWORD: inject("neo4jPassword"),
        ...(inject("neo4jDatabase") ? { NEO4J_DATABASE: inject("neo4jDatabase")! } : {}),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`app exited (${code}) before listening:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

const post = (url: string) =>
  fetch(`${url}/api/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ text: ARTICLE, title: "Kerja sama", publishedAt: "2021-10-26" }),
  });

/** Transactions open in Neo4j other than this query itself. */
async function openTransactions(): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
  );
  return Number(records[0]?.get("n"));
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

/** After the crash: restart, and the article is there whole or not at all. */
async function expectWholeOrAbsent(): Promise<"present" | "absent"> {
  // Neo4j rolls back the dead connection's transaction once it notices the socket closed.
  for (let i = 0; i < 100 && (await openTransactions()) > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { child, url } = await startApp();
  try {
    const response = await fetch(`${url}/api/documents/${encodeURIComponent(documentId)}`);
    expect([200, 404]).toContain(response.status);
    const shape = await graphShape(driver);
    if (response.status === 404) {
      expect(shape).toEqual(before);
      return "absent";
    }
    expect(shape).toEqual(complete);
    expect(((await response.json()) as { spans: unknown[] }).spans).toHaveLength(completeSpans);
    return "present";
  } finally {
    await kill(child);
  }
}

beforeAll(async () => {
  driver = testDriver();
  await freshGraph();
  before = await graphShape(driver);
  const app = await buildTestApp(driver, { API_TOKEN: TOKEN });
  try {
    const stored = await app.inject({
      method: "POST",
      url: "/api/documents",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      payload: { text: ARTICLE, title: "Kerja sama", publishedAt: "2021-10-26" },
    });
    expect(stored.statusCode, stored.body).toBe(201);
    documentId = stored.json<{ documentId: string }>().documentId;
    complete = await graphShape(driver);
    const article = await app.inject({ url: `/api/documents/${encodeURIComponent(documentId)}` });
    completeSpans = article.json<{ spans: unknown[] }>().spans.length;
    expect(completeSpans).toBeGreaterThan(20);
  } finally {
    await app.close();
  }
});

afterAll(async () => {
  await driver?.close();
});

describe("the app killed with SIGKILL during POST /api/documents", () => {
  it("while its write transaction is open: after a restart the article is whole or absent", async () => {
    await freshGraph();
    const { child, url } = await startApp();
    const request = post(url).catch(() => undefined);
    let caughtOpen = false;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if ((await openTransactions()) > 0) {
        caughtOpen = true;
        break;
      }
    }
    await kill(child);
    await request;
    expect(caughtOpen, "the write transaction was never seen open").toBe(true);
    // Killed before its commit returned: Neo4j rolled it back, or (rarely) it had committed whole.
    expect(["absent", "present"]).toContain(await expectWholeOrAbsent());
  });

  it("at moments spread over the request: each time whole or absent", async () => {
    const outcomes: string[] = [];
    for (const delayMs of [5, 60, 150, 400]) {
      await freshGraph();
      const { child, url } = await startApp();
      const request = post(url).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await kill(child);
      await request;
      outcomes.push(await expectWholeOrAbsent());
    }
    expect(outcomes).toHaveLength(4);
  });
});
