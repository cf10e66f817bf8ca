/**
 * Headless Chromium for the end-to-end tests and bench:web: Debian's package at /usr/bin/chromium driven by
 * playwright-core (no browser download), a page that records every page error and console error, and
 * screenshots saved as test artefacts under tests/artifacts/screenshots (git-ignored).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { projectRoot } from "../../server/paths.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(projectRoot, "tests", "artifacts", "screenshots");

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Chromium's defaults: forcing SwiftShader through ANGLE halves even an empty page's frame rate here.
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
}

/** The bits of the page's globals the tests read (their TypeScript has no DOM types). */
export interface PageGlobals {
  document: { body: { dataset: Record<string, string | undefined> } };
  __xss?: unknown;
}

const RETRIED_503 = /^Failed to load resource: the server responded with a status of 503\b/;

export interface WatchedPage {
  page: Page;
  /** Page errors (uncaught exceptions) and console errors seen so far. */
  problems: string[];
}

export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // A 503 is the API shedding load (or Neo4j busy) on a loaded machine: the client retries it after
    // Retry-After, so Chromium's network log line for it is no fault of the page.
    if (message.type() === "error" && !RETRIED_503.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Waits until the network view has finished loading (the app sets body[data-graph]). */
export async function networkReady(page: Page, timeout = 30_000): Promise<void> {
  // A function, not a string: the page's CSP forbids eval, which string predicates need.
  await page.waitForFunction(
    () => {
      const { dataset } = (globalThis as unknown as PageGlobals).document.body;
      return dataset.graph === "ready" && dataset.network === "drawn";
    },
    null,
    { timeout },
  );
}

/** Chooses `label` in the toolbar's export menu and answers the downloaded file's text. */
export async function exportFile(page: Page, label: string): Promise<string> {
  await page.locator("#export-menu-button").click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('#toolbar [role="menuitem"]', { hasText: label }).click(),
  ]);
  return readFileSync(await file.path(), "utf8");
}
