/**
 * Starts the real app for the end-to-end tests, as `npm start` does (embedded Neo4j, schema, official
 * regions, the seed articles, the web build), on free ports in a temporary DATA_DIR, with a write token, and
 * hands its URL and token to the tests. The web app is built first here, so parallel test projects never run
 * two Vite builds into web/dist at once.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findFreePort } from "../../server/embedded/ports.ts";
import { buildWebIfStale } from "../../server/web/build-web.ts";
import { runStart, type StartedProcess } from "../helpers/_start-process.ts";
import { CHROMIUM } from "./_browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    apiToken: string;
  }
}

let app: StartedProcess | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run 'bash scripts/install-chromium.sh' (as .ci/run does)`);
  await buildWebIfStale((line) => process.stderr.write(`[e2e] ${line}\n`));
  dataDir = mkdtempSync(join(tmpdir(), "jejaring-e2e-"));
  const port = await findFreePort();
  const apiToken = "e2e-write-token-0123456789";
  app = runStart({
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_NEO4J_PORT: String(await findFreePort()),
    NEO4J_HEAP: "768m",
    NEO4J_PAGECACHE: "128m",
    API_TOKEN: apiToken,
    LOG_LEVEL: "warn",
    // The import test serves its made-up pages from 127.0.0.1 (tests/e2e/import-url.test.ts).
    IMPORT_ALLOW_PRIVATE_HOSTS: "true",
    IMPORT_HOST_DELAY_MS: "0",
  });
  const url = await readyUrl(app, 240_000);
  project.provide("appUrl", url);
  project.provide("apiToken", apiToken);
}

/** Polls the output for the ready line (timers cleared, so nothing keeps the test process alive). */
async function readyUrl(started: StartedProcess, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /Jejaring is ready at (http:\/\/\S+)/.exec(started.output());
    if (match) return match[1]!;
    if (started.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the app did not start (exit ${started.child.exitCode}):\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function teardown(): Promise<void> {
  if (app && app.child.exitCode === null) {
    app.child.kill("SIGTERM");
    const timer = setTimeout(() => app?.child.kill("SIGKILL"), 30_000);
    await app.exited;
    clearTimeout(timer);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
