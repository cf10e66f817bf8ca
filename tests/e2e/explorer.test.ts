/**
 * The explorer in a real headless Chromium against the real app with the seed articles: the start view,
 * search "Bekasi" and open Kota Bekasi (its partners in the graph, the evidence in the panel), a year range
 * that drops the 2017 audience, undo, similar regions of Kabupaten Sumbawa Barat, English, a shared URL that
 * reproduces the view, a pair's story, and not one page or console error along the way. Screenshots of the
 * main views go to tests/artifacts/screenshots.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exportFile, launch, networkReady, openPage, screenshot, type WatchedPage } from "./_browser.ts";
import { inspect } from "./_inspect.ts";

const SUMBAWA_BARAT = "Kabupaten Sumbawa Barat";
const DKI = "Daerah Khusus Ibukota Jakarta";
const AUDIENCE_2017 = "Audiensi: Kota Bekasi – Daerah Khusus Ibukota Jakarta";

let browser: Browser;
let watched: WatchedPage;
let page: Page;
let sharedUrl = "";

const nodeList = () => page.locator("#node-list").innerText();

beforeAll(async () => {
  browser = await launch();
  watched = await openPage(browser);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
});

describe("the explorer", () => {
  it("opens on an overview that is never empty", async () => {
    await page.goto(inject("appUrl"));
    await networkReady(page);
    await page.locator("#overview-counts").waitFor();
    expect(await page.locator("#overview-counts").innerText()).toMatch(/Daerah\s+\d+\s+55\d/);
    expect(await page.locator("#node-list li").count()).toBeGreaterThan(0);
    expect(await page.locator("html").getAttribute("lang")).toBe("id");
    await screenshot(page, "01-overview");
  });

  it('searches "Bekasi", opens Kota Bekasi, shows its partners and the evidence sentence', async () => {
    await page.locator("#search-input").fill("Bekasi");
    const option = page.locator('#search-results [role="option"]', { hasText: "Kota Bekasi" }).first();
    await option.waitFor();
    // Keyboard: the first result is active; Enter chooses it.
    expect(await page.locator('#search-results [aria-selected="true"]').innerText()).toContain("Kota Bekasi");
    await page.locator("#search-input").press("Enter");
    await networkReady(page);
    await page.locator("#details-title", { hasText: "Kota Bekasi" }).waitFor();
    await expect.poll(nodeList).toContain(SUMBAWA_BARAT);
    expect(await nodeList()).toContain(DKI);
    await page.locator("#details-events .quote").first().waitFor();
    const quotes = await page.locator("#details-events .quote").allInnerTexts();
    expect(quotes.join("\n")).toContain(
      "Wali Kota Bekasi Rahmat Effendi melakukan Audiensi dengan Wakil Gubernur DKI",
    );
    expect(await page.locator("#details-events mark").count()).toBeGreaterThan(0);
    expect(page.url()).toContain("sel=32.75");
    await screenshot(page, "02-kota-bekasi");
  });

  it("drops the 2017 audience when the year range is 2019–2024, and brings it back on undo", async () => {
    expect(await page.locator("#details-events").innerText()).toContain(AUDIENCE_2017);
    // The range starts at 2017: two steps right on the first handle.
    await page.locator("#year-from").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.url()).toContain("from=2019");
    await networkReady(page);
    await expect.poll(nodeList).not.toContain(DKI);
    expect(await nodeList()).toContain(SUMBAWA_BARAT);
    await expect.poll(() => page.locator("#panel-content").innerText()).not.toContain(AUDIENCE_2017);
    expect(await page.locator("#year-range-value").innerText()).toMatch(/2019–2024/);
    await screenshot(page, "03-years-2019-2024");

    await page.locator("#graph").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await expect.poll(() => page.url()).not.toContain("from=2019");
    await networkReady(page);
    await expect.poll(nodeList).toContain(DKI);
    // Redo brings the range back.
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => page.url()).toContain("from=2019");
    await networkReady(page);
    await expect.poll(nodeList).not.toContain(DKI);
  });

  it("opens similar regions for Kabupaten Sumbawa Barat, and adds one to the view", async () => {
    await page.locator("#node-list button", { hasText: SUMBAWA_BARAT }).click();
    await page.locator("#details-title", { hasText: SUMBAWA_BARAT }).waitFor();
    await page.locator("#action-peers").click();
    await page.locator("#peers-list li").first().waitFor();
    expect(await page.locator("#panel-content h2").first().innerText()).toBe("Daerah serupa");
    const peers = await page.locator("#peers-list li").count();
    expect(peers).toBeGreaterThan(0);
    expect(await page.locator("#peers-list").innerText()).toMatch(/Skor/);
    const add = page.locator("#peers-list .peer-add:not([disabled])").first();
    if ((await add.count()) > 0) {
      const name = await add.locator("xpath=ancestor::li//strong").innerText();
      await add.click();
      await networkReady(page);
      await expect.poll(nodeList).toContain(name);
    }
    await screenshot(page, "04-peers-sumbawa-barat");
  });

  it("switches to English: every label, the panel and the language of the page", async () => {
    await page.locator("#lang-toggle").click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    await page.locator("#panel-content h2", { hasText: "Similar regions" }).waitFor();
    expect(await page.locator("#toolbar").innerText()).toContain("Add article");
    expect(await page.locator("#relayout").getAttribute("title")).toBe("Re-run layout");
    expect(await page.locator("#filters").innerText()).toContain("Year range");
    expect(await page.locator("#search-input").getAttribute("placeholder")).toMatch(/^Search regions/);
    expect(page.url()).toContain("lang=en");
    sharedUrl = page.url();
    await screenshot(page, "05-english");
  });

  it("reproduces the same view from the shared URL in a fresh page", async () => {
    const before = (await nodeList()).split("\n").sort();
    const fresh = await openPage(browser);
    try {
      await fresh.page.goto(sharedUrl);
      await networkReady(fresh.page);
      await fresh.page.locator("#peers-list li").first().waitFor();
      expect(await fresh.page.locator("html").getAttribute("lang")).toBe("en");
      expect(await fresh.page.locator("#year-range-value").innerText()).toMatch(/2019–2024/);
      expect(await fresh.page.locator("#panel-content h2").first().innerText()).toBe("Similar regions");
      await expect
        .poll(async () => (await fresh.page.locator("#node-list").innerText()).split("\n").sort())
        .toEqual(before);
      expect(fresh.problems).toEqual([]);
    } finally {
      await fresh.page.close();
    }
  });

  it("shows a partnership's story from the pairs route, with its sources", async () => {
    await page.goto(`${inject("appUrl")}?pair=32.75&pair=52.07&panel=pair&x=32.75`);
    await networkReady(page);
    await page.locator("#pair-names").waitFor();
    expect(await page.locator("#panel-content").innerText()).toMatch(/Kota Bekasi|Sumbawa Barat/);
    expect(await page.locator("#panel-content .quote").count()).toBeGreaterThan(0);
    await screenshot(page, "06-pair-story");
  });

  it("tells a pair's partnership by quotes naming each partner, each opening the article at it, and shared events apart", async () => {
    await page.goto(`${inject("appUrl")}?pair=32.73&pair=17.71&panel=pair&x=32.73`);
    await networkReady(page);
    const partnerships = page.locator("#pair-partnerships");
    await partnerships.locator(".quote").first().waitFor();
    expect(await partnerships.locator(".event-date").first().innerText()).toMatch(/13 Mar 2019/);
    const quotes = await partnerships.locator(".pair-quote").evaluateAll((items) =>
      items.map((item) => ({
        label: item.querySelector(".quote-label")?.textContent ?? "",
        quote: item.querySelector(".quote")?.textContent ?? "",
      })),
    );
    // One quote names Bandung, one names Bengkulu: the partners themselves, not only the event's first line.
    const naming = (name: string) => quotes.find((q) => q.label.includes(name));
    expect(naming("Kota Bandung")?.quote).toContain("Bandung");
    expect(naming("Kota Bengkulu")?.quote).toContain("Kota Bengkulu");
    expect(await page.locator("#pair-shared").count()).toBe(0);
    await partnerships
      .locator(".pair-quote", { hasText: "Menyebut Kota Bengkulu" })
      .locator(".article-link")
      .click();
    await page.locator("#article-dialog .focus-quote").waitFor();
    expect(await page.locator("#article-dialog").innerText()).toContain("Kota Bengkulu");
    await page.keyboard.press("Escape");

    await page.goto(`${inject("appUrl")}?pair=17.71&pair=32.03&panel=pair&x=17.71`);
    await networkReady(page);
    await page.locator("#pair-shared .event-item").waitFor();
    expect(await page.locator("#pair-partnerships").count()).toBe(0);
    const panel = await page.locator("#panel-content").innerText();
    expect(panel).toMatch(/Acara bersama, bukan kemitraan/i);
    expect(panel).toContain("bermitra dengan Kota Bandung");
    await screenshot(page, "06b-pair-shared-event");
  });

  it("shows each party of an event with its role and the quote naming it", async () => {
    await page.goto(`${inject("appUrl")}?x=32.73&sel=event:e9a4aaab034631edcc492b03&panel=details`);
    await networkReady(page);
    const parties = page.locator("#event-parties > li");
    await parties.first().waitFor();
    expect(await parties.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      const party = parties.nth(i);
      expect(await party.locator(".role-tag").innerText()).toBe("penanda tangan");
      const name = (await party.locator(".fact-label a, .fact-label button").first().innerText()).trim();
      const bare = name
        .replace(/^(Kota|Kabupaten)\s+/, "")
        .split(" ")
        .at(-1)!;
      expect(await party.locator(".quote").first().innerText(), name).toContain(bare);
    }
    expect(await parties.first().locator(".hub-tag").count()).toBe(1);
    expect(await page.locator("#event-date .quote").innerText()).toContain("13/3/2019");
    await screenshot(page, "06b-event-evidence");
  });

  it("finds the shortest connections between two nodes and highlights them", async () => {
    await page.goto(`${inject("appUrl")}?x=32.75&panel=paths&pf=52.07&pt=31`);
    await networkReady(page);
    await page.locator("#path-result p").first().waitFor();
    expect(await page.locator("#path-result").innerText()).toMatch(/shortest|terpendek/i);
    await screenshot(page, "07-paths");
  });

  it("starts the path search once both ends are chosen, and highlights the path chosen in the list", async () => {
    await page.goto(`${inject("appUrl")}?x=32.75&sel=52.07&panel=details`);
    await networkReady(page);
    await page.getByRole("button", { name: "Jalur dari sini" }).click();
    expect(await page.locator("#path-from").innerText()).toBe(SUMBAWA_BARAT);
    expect(await page.locator("#path-result").innerText()).toBe("");
    expect(await page.locator("#path-find").count()).toBe(0);
    // The other end, chosen from its details: the search starts by itself, over partnerships only.
    await page.locator("#search-input").fill("Jakarta");
    await page.locator('#search-results [role="option"]', { hasText: DKI }).first().waitFor();
    await page.locator("#search-input").press("Enter");
    await page.locator("#details-title", { hasText: DKI }).waitFor();
    await page.getByRole("button", { name: "Jalur ke sini" }).click();
    await networkReady(page);
    const items = page.locator("#path-list button.path-item");
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toBe(
      `${SUMBAWA_BARAT} → MoU: ${SUMBAWA_BARAT} – Kota Bekasi → Kota Bekasi → ${AUDIENCE_2017} → ${DKI}`,
    );
    expect(page.url()).toContain("pf=52.07");
    // With officials, programmes and organisations: more paths of the same length; choose the second.
    await page.locator("#path-via").check();
    await networkReady(page);
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    expect(page.url()).toContain("pv=1");
    expect((await inspect(page, "pathMarks")).chosen).toEqual([]);
    await items.nth(1).click();
    expect(await items.nth(1).getAttribute("aria-pressed")).toBe("true");
    const marks = await inspect(page, "pathMarks");
    const second = (await items.nth(1).innerText()).split(" → ");
    expect(marks.chosen.length).toBe(second.length * 2 - 1);
    expect(marks.path.length).toBeGreaterThan(marks.chosen.length);
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, "07b-path-chosen");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "07c-path-chosen-phone");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("hides a node and shows it again, and exports the visible data as CSV and GraphML", async () => {
    await page.goto(`${inject("appUrl")}?x=32.75&sel=32.75&panel=details`);
    await networkReady(page);
    await page.locator("#details-title", { hasText: "Kota Bekasi" }).waitFor();
    await page.locator("#action-hide").click();
    await expect.poll(nodeList).not.toContain("Kota Bekasi");
    await page.locator("#show-hidden").click();
    await expect.poll(nodeList).toContain("Kota Bekasi");

    const download = (label: string) => exportFile(page, label);
    const csv = await download("CSV simpul");
    expect(csv.split("\r\n")[0]).toBe("id,label,type,kind,date,events,province,roles,quotes,articles,urls");
    expect(csv).toContain("32.75,Kota Bekasi,region,city");
    const xml = await download("GraphML");
    expect(xml).toContain('<node id="32.75">');
    expect(xml).toContain('<edge id="PARTNER:32.75|52.07" source="32.75" target="52.07">');
  });

  it("raised no page error and no console error", () => {
    expect(watched.problems).toEqual([]);
  });
});
