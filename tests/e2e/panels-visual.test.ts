/**
 * What the visual pass over the panels of issue 22 fixed, in a real Chromium against the app with the seeds:
 * a saved view's suggested name is the region's name even when the network has not drawn it (never its code);
 * a pair that only shared an event (no partnership, so no edge to click) opens its story from the region's
 * details; the path list shows each step with its mark; on a phone the open sheet leaves the path it explains
 * in view; and a planned event (a made-up article, sent through the API with the token) is listed apart as
 * planned, never among the latest events. Screenshots at 1440x900 and 390x844; no page or console error.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, networkReady, openPage, screenshot, type WatchedPage } from "./_browser.ts";
import { inspect } from "./_inspect.ts";

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SIZES = [
  ["desktop", DESKTOP],
  ["phone", PHONE],
] as const;

/**
 * Made up: a meeting announced for a date later than every event of the seeds, in their last year. It is
 * added to the app's real stats on the way to the page rather than written to the graph: the e2e files
 * share one app, and an article written here changed what the others see (the peers' scores of the
 * planners' test, the year range). That the API lists such an event apart is tested against Neo4j in
 * tests/integration/api/stats-planned.test.ts; here, how the overview shows it.
 */
const PLANNED = {
  id: "event:made-up-planned-rakor",
  title: "Rapat koordinasi: Kabupaten Sleman – Kota Yogyakarta",
  kind: "meeting",
  date: "2024-09-12",
  status: "planned" as const,
};

let browser: Browser;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** A page whose errors and console the last test reads, not yet at any address. */
async function watchedPage(viewport: { width: number; height: number }): Promise<Page> {
  const watched = await openPage(browser, viewport);
  pages.push(watched);
  return watched.page;
}

async function open(viewport: { width: number; height: number }, query: string): Promise<Page> {
  const page = await watchedPage(viewport);
  await page.goto(`${inject("appUrl")}${query}`);
  // The file's first page may meet a cold app on a loaded machine.
  await networkReady(page, 90_000);
  return page;
}

describe("the panels of issue 22, looked at", () => {
  it("suggests a saved view's name from the region's name, read when the network has not drawn it", async () => {
    // Kota Bengkulu (17.71) is selected, but the network drawn is Kota Bekasi's neighbourhood.
    const page = await open(DESKTOP, "?x=32.75&sel=17.71&panel=views");
    await page.locator("#views-form").waitFor();
    // The name is read from the API: a cold app on a loaded machine may take a few seconds.
    await expect
      .poll(() => page.locator("#view-name").inputValue(), { timeout: 20_000 })
      .toBe("Kota Bengkulu");
    // A pair: both names, neither drawn.
    await page.goto(`${inject("appUrl")}?x=32.75&pair=17.71&pair=32.03&panel=views`);
    await page.locator("#views-form").waitFor();
    await expect
      .poll(() => page.locator("#view-name").inputValue(), { timeout: 20_000 })
      .toBe("Kota Bengkulu – Kabupaten Cianjur");
    await page.close();
  });

  it("opens the story of a pair that only shared an event from the region's details", async () => {
    for (const [size, viewport] of SIZES) {
      const page = await open(viewport, "?x=17.71&sel=17.71&panel=details");
      const partners = page.locator("#details-partners");
      await partners.waitFor();
      // Bengkulu's only partner is Bandung, the hub; Cianjur signed the same agreement with Bandung.
      expect(
        await partners.locator("li").evaluateAll((li) => li.map((x) => (x as HTMLElement).dataset.code)),
      ).toEqual(["32.73"]);
      const shared = page.locator("#details-shared-only");
      expect(await shared.locator("li[data-code='32.03']").count()).toBe(1);
      expect(await page.locator("#panel-content").innerText()).toMatch(
        /Hanya acara bersama, bukan mitra \(6\)/i,
      );
      await shared.locator("li[data-code='32.03'] .pair-story-link").scrollIntoViewIfNeeded();
      await screenshot(page, `40-region-shared-only-${size}`);
      await shared.locator("li[data-code='32.03'] .pair-story-link").click();
      await page.locator("#pair-names").waitFor();
      expect(await page.locator("#pair-names").innerText()).toBe("Kota Bengkulu ↔ Kabupaten Cianjur");
      expect(await page.locator("#pair-shared").innerText()).toContain("bermitra dengan Kota Bandung");
      expect(page.url()).toContain("panel=pair");
      await screenshot(page, `41-pair-shared-only-${size}`);
      await page.close();
    }
  });

  it("lists each path as its steps with their marks, and keeps the path above the phone's sheet", async () => {
    const page = await open(PHONE, "?x=32.75&panel=paths&pf=52.07&pt=31");
    const item = page.locator("#path-list button.path-item").first();
    await item.waitFor();
    expect(await item.locator(".path-step").count()).toBe(5);
    expect(await item.locator(".path-step svg").count()).toBe(5);
    expect(await page.locator("#path-from").innerText()).toBe("Kabupaten Sumbawa Barat");
    expect(await page.locator("#path-to").innerText()).toBe("Daerah Khusus Ibukota Jakarta");
    const sheetTop = (await page.locator("#side").boundingBox())!.y;
    const graph = (await page.locator("#graph").boundingBox())!;
    const onPath = async () => {
      const marks = await inspect(page, "pathMarks");
      return (await inspect(page, "nodes")).filter((n) => marks.path.includes(n.id));
    };
    // Every node of the path is drawn in the strip the sheet leaves, inside the screen.
    await expect
      .poll(async () =>
        (await onPath()).every(
          (n) => graph.y + n.ry < sheetTop && graph.x + n.rx > 0 && graph.x + n.rx < PHONE.width,
        ),
      )
      .toBe(true);
    expect((await onPath()).length).toBe(5);
    await screenshot(page, "42-path-above-sheet-phone");
    await page.close();
  });

  it("lists a planned event apart as planned, not among the latest events", async () => {
    for (const [size, viewport] of SIZES) {
      const page = await watchedPage(viewport);
      await page.route("**/api/stats", async (route) => {
        const response = await route.fetch();
        const stats = (await response.json()) as { plannedEvents: unknown[] };
        await route.fulfill({
          response,
          json: { ...stats, plannedEvents: [PLANNED, ...stats.plannedEvents] },
        });
      });
      await page.goto(inject("appUrl"));
      await networkReady(page, 90_000);
      const planned = page.locator("#overview-planned");
      await planned.waitFor();
      expect(await planned.innerText()).toContain("Rapat koordinasi: Kabupaten Sleman – Kota Yogyakarta");
      expect(await planned.locator("li").first().innerText()).toMatch(/12 Sep 2024\s*direncanakan/);
      expect(await page.locator("#overview-latest").innerText()).not.toContain("Sleman");
      expect(await page.locator("#overview-latest li").first().innerText()).toContain("15 Jul 2024");
      await planned.scrollIntoViewIfNeeded();
      await screenshot(page, `43-overview-planned-${size}`);
      await page.close();
    }
  });

  it("says the years could not be read instead of a made-up range, and fills them on the overview's retry", async () => {
    // Not among the watched pages: with the stats unreachable (the connection refused, as a server down
    // would), Chromium logs the failures.
    const { page } = await openPage(browser, DESKTOP);
    await page.route("**/api/stats", (route) => route.abort("connectionrefused"));
    // Kota Bekasi's neighbourhood: the start view's regions come from the stats.
    await page.goto(`${inject("appUrl")}?x=32.75`);
    await networkReady(page, 90_000);
    await expect
      .poll(() => page.locator("#year-range-state").innerText(), { timeout: 30_000 })
      .toContain("Tahun peristiwa belum dapat dibaca");
    expect(await page.locator("#year-from").isVisible()).toBe(false);
    expect(await page.locator("#year-range-value").innerText()).toBe("");
    await screenshot(page, "44-years-unreadable-desktop");
    await page.unroute("**/api/stats");
    await page.locator("#panel-content .state.error button").click();
    await expect
      .poll(() => page.locator("#year-range-value").innerText(), { timeout: 30_000 })
      .toMatch(/^2017–/);
    expect(await page.locator("#year-from").isVisible()).toBe(true);
    expect(await page.locator("#year-range-state").isVisible()).toBe(false);
    await page.close();
  });

  it("says a cut timeline shows the latest events, and that the partners come from those only", async () => {
    for (const [size, viewport] of SIZES) {
      const page = await watchedPage(viewport);
      // Kota Bekasi has two events; asked for one, the API keeps the newer (the seeds have no region with
      // more than the panel's 200).
      await page.route(/\/api\/regions\/32\.75\/timeline\?/, (route) =>
        route.continue({
          url: route
            .request()
            .url()
            .replace(/limit=\d+/, "limit=1"),
        }),
      );
      await page.goto(`${inject("appUrl")}?x=32.75&sel=32.75&panel=details`);
      await networkReady(page, 90_000);
      const events = page.locator("#details-events");
      await events.waitFor();
      expect(await events.innerText()).toContain("2021");
      expect(await events.innerText()).not.toContain("2017");
      const notes = page.locator("#panel-content p.note");
      await expect
        .poll(() => notes.allInnerTexts())
        .toEqual([
          "1 peristiwa terbaru dari 2 ditampilkan.",
          "Dari 1 peristiwa terbaru yang ditampilkan saja.",
        ]);
      await notes.last().scrollIntoViewIfNeeded();
      await screenshot(page, `45-region-cut-timeline-${size}`);
      await page.close();
    }
  });

  it("raised no page error and no console error", () => {
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
