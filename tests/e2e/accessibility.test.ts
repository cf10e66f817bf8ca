/**
 * Accessibility: axe-core (the npm package, injected into the page) over the main views at 1440×900 and on a
 * 390×844 phone, in Indonesian and in English: no serious or critical violation of WCAG 2 A/AA rules.
 * The page's CSP forbids inline scripts, so these pages bypass it to inject axe; nothing else differs.
 */
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, networkReady } from "./_browser.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function audit(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown, options: unknown): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const out = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return out.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

const views: Array<[string, string, { width: number; height: number }]> = [
  ["overview", "", { width: 1440, height: 900 }],
  ["a region's details", "x=32.75&sel=32.75&panel=details", { width: 1440, height: 900 }],
  ["a pair's story", "pair=32.75&pair=52.07&panel=pair&x=32.75", { width: 1440, height: 900 }],
  ["similar regions", "x=52.07&sel=52.07&panel=peers", { width: 1440, height: 900 }],
  ["paths", "x=32.75&panel=paths&pf=52.07&pt=31", { width: 1440, height: 900 }],
  ["add an article, in English", "panel=add&lang=en", { width: 1440, height: 900 }],
  ["the phone overview", "", { width: 390, height: 844 }],
  ["the phone details", "x=32.75&sel=32.75&panel=details", { width: 390, height: 844 }],
];

describe("axe-core finds no serious or critical violation", () => {
  for (const [name, query, viewport] of views)
    it(name, async () => {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      try {
        const page = await context.newPage();
        await page.goto(`${inject("appUrl")}${query ? `?${query}` : ""}`);
        await networkReady(page);
        await page.waitForTimeout(1500);
        const violations = await audit(page);
        expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      } finally {
        await context.close();
      }
    });
});
