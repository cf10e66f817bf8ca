/**
 * What a planner does in a real headless Chromium against the app with the seed articles: similar regions
 * of Kabupaten Sumbawa Barat, weighed and widened with the keyboard (a slider to 0 drops its dimension, the
 * partners toggle brings Kota Bekasi in, marked as a partner), and "Belajar dari" of the programme Smart City
 * listing its regions, Kota Bandung first, each with its sentences; in Indonesian, then in English, at a
 * desktop and a phone size, with screenshots and no page or console error.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, networkReady, openPage, screenshot, type WatchedPage } from "./_browser.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function withPage(size: (typeof SIZES)[number], run: (page: Page) => Promise<void>): Promise<void> {
  const watched: WatchedPage = await openPage(browser, { width: size.width, height: size.height });
  try {
    await run(watched.page);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.page.close();
  }
}

describe.each(SIZES)("a planner at $width x $height", (size) => {
  it("weighs and widens the similar regions of Kabupaten Sumbawa Barat with the keyboard", async () => {
    await withPage(size, async (page) => {
      await page.goto(`${inject("appUrl")}?x=52.07&sel=52.07&panel=peers`);
      await networkReady(page);
      const list = page.locator("#peers-list");
      await list.locator("li").first().waitFor();
      const listed = () =>
        list.locator("li.peer").evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.code));
      // By default neither the partner Kota Bekasi nor a province nor a region abroad.
      expect(await listed()).toEqual(["64.11", "16.03"]);
      // The panel shows the API's sector similarity of the first peer, in Indonesian notation (the figure
      // itself moves as other e2e files add articles to the app they share).
      const answer = (await (await fetch(new URL("/api/regions/52.07/peers", inject("appUrl")))).json()) as {
        peers: { region: { code: string }; dimensions: { sectors: number | null } }[];
      };
      const first = answer.peers.find((p) => p.region.code === "64.11");
      const sectors = (first?.dimensions.sectors ?? NaN).toFixed(2).replace(".", ",");
      expect(await list.locator("li[data-code='64.11']").innerText()).toMatch(
        new RegExp(`Bidang\\s+${sectors}`),
      );
      const settings = page.locator(".peer-settings");
      if (!(await page.locator("#peer-includePartners").isVisible()))
        await settings.locator("summary").click();
      await screenshot(page, `planner-peers-${size.name}`);

      // The partners toggle, by keyboard: Kota Bekasi comes first, marked as a partner.
      await page.locator("#peer-includePartners").focus();
      await page.keyboard.press("Space");
      await list.locator("li[data-code='32.75']").waitFor();
      expect((await listed())[0]).toBe("32.75");
      expect(await list.locator("li[data-code='32.75'] .peer-partner").innerText()).toBe("sudah bermitra");

      // The programmes slider to 0 with the arrow keys: that dimension is no longer counted.
      const programs = page.locator("#peer-weight-programs");
      await programs.focus();
      await page.keyboard.press("ArrowLeft");
      await expect
        .poll(() => page.locator("output[for='peer-weight-programs']").innerText())
        .toBe("tidak dihitung");
      await expect
        .poll(() => list.locator("li[data-code='32.75'] .peer-dims").innerText())
        .toMatch(/Program\s+tidak dihitung/);
      await expect
        .poll(() =>
          programs.evaluate(
            (el) =>
              el ===
              (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
          ),
        )
        .toBe(true);

      // A shared item's sentence opens under its summary.
      await list.locator("li[data-code='32.75'] details.reason summary").first().click();
      await expect.poll(() => list.locator("li[data-code='32.75'] .quote").first().innerText()).not.toBe("");
      await screenshot(page, `planner-peers-partners-${size.name}`);
    });
  });

  it("lists the regions to learn from about Smart City, Kota Bandung first, with their sentences", async () => {
    await withPage(size, async (page) => {
      await page.goto(`${inject("appUrl")}?x=program:smart-city&sel=program:smart-city&panel=details`);
      await networkReady(page);
      const list = page.locator("#learn-from-list");
      await list.locator("li.learn-region").first().waitFor();
      expect(await page.locator("#learn-from h3").innerText()).toMatch(/belajar dari/i);
      const first = list.locator("li.learn-region").first();
      expect(await first.locator(".learn-region-head").innerText()).toContain("Kota Bandung");
      expect(await first.locator(".learn-counts").innerText()).toContain("pusat 1 kegiatan");
      expect(await first.locator(".quote").first().innerText()).toContain("Smart City");
      expect(await list.locator("li.learn-region").count()).toBe(5);
      expect(await page.locator("#learn-from .list-count").innerText()).toContain("5 dari 8 daerah");
      await screenshot(page, `planner-learn-from-${size.name}`);
      await page.locator("#learn-from .list-count button").click();
      await expect.poll(() => list.locator("li.learn-region").count()).toBe(8);
      // The article opens at the sentence.
      await first.locator(".article-link").first().click();
      await expect.poll(() => page.locator("mark").count()).toBeGreaterThan(0);

      await page.goto(
        `${inject("appUrl")}?x=program:smart-city&sel=program:smart-city&panel=details&lang=en`,
      );
      await networkReady(page);
      await page.locator("#learn-from-list li").first().waitFor();
      expect(await page.locator("#learn-from h3").innerText()).toMatch(/learn from/i);
      expect(
        await page.locator("#learn-from-list li").first().locator(".learn-counts").innerText(),
      ).toContain("hub 1×");
    });
  });
});
