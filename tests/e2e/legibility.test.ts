/**
 * Issue 24 in a real Chromium against the real app with the seeds: the legend lists exactly the kinds drawn;
 * no two visible labels overlap in the overview (boxes read from Cytoscape through the app's read-only
 * inspector); filters change the overview's lists; the year range moves by keyboard with the focus kept;
 * shift-click multi-select, bulk hide, undo and redo; the context menu by mouse and by keyboard; an
 * expansion keeps placed nodes where they were; a shared link keeps positions; exports carry quotes; API
 * errors and relation names in Indonesian; search asks for more letters and highlights matches; the phone
 * layout; and not one page or console error.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exportFile, launch, networkReady, openPage, screenshot, type WatchedPage } from "./_browser.ts";
import { inspect, type InspectNode } from "./_inspect.ts";

const AUDIENCE_QUOTE = "Wali Kota Bekasi Rahmat Effendi melakukan Audiensi dengan Wakil Gubernur DKI";

let browser: Browser;
let watched: WatchedPage;
let page: Page;
const url = (query = "") => `${inject("appUrl")}${query ? `?${query}` : ""}`;

beforeAll(async () => {
  browser = await launch();
  watched = await openPage(browser, { width: 1440, height: 900 });
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
});

/** Waits for the labels to have been decluttered after the last change. */
async function labelsSettled(p: Page): Promise<void> {
  await p.waitForFunction(() =>
    Boolean(
      (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body
        .dataset.labels,
    ),
  );
  await p.waitForTimeout(400);
}

const overlaps = (a: { x1: number; y1: number; x2: number; y2: number }, b: typeof a) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe("a legible network", () => {
  it("draws the overview with no two visible labels overlapping, and a legend of exactly the drawn kinds", async () => {
    await page.goto(url());
    await networkReady(page);
    await labelsSettled(page);
    const labels = await inspect(page, "labels");
    expect(labels.length).toBeGreaterThan(3);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        expect(overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.id} / ${labels[j]!.id}`).toBe(false);
    const drawn = (await inspect(page, "drawnKinds")).sort();
    const legend = (
      await page
        .locator("#legend-nodes li, #legend-edges li")
        .evaluateAll((items) =>
          items.map((li) => (li as unknown as { dataset: { legend: string } }).dataset.legend),
        )
    ).sort();
    expect(legend).toEqual(drawn);
    expect(drawn).toContain("node:region:city");
    expect(drawn).toContain("edge:PARTNER");
    expect(await page.locator("#legend-width").innerText()).toMatch(/peristiwa kemitraan/);
    await screenshot(page, "10-overview-legend");
  });

  it("shows a hidden label's full name on hover", async () => {
    const nodes = await inspect(page, "nodes");
    const shown = new Set((await inspect(page, "labels")).map((l) => l.id));
    const target = nodes.find((n) => !shown.has(n.id)) ?? nodes[0]!;
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(box.x + target.rx, box.y + target.ry);
    await expect.poll(() => page.locator("#node-tooltip").isVisible()).toBe(true);
    expect(await page.locator("#node-tooltip").innerText()).toContain(target.label);
    await page.mouse.move(box.x + 3, box.y + 3);
  });

  it("filters change the overview's lists, and unticking regions leaves no edge counted", async () => {
    expect(await page.locator("#overview-latest li").count()).toBeGreaterThan(2);
    await page.locator("#filter-kinds-meeting").uncheck();
    await expect.poll(() => page.url()).toContain("kinds=");
    await expect.poll(() => page.locator("#overview-latest").innerText()).not.toContain("Rapat koordinasi");
    await page.locator("#filter-types-event").uncheck();
    await expect
      .poll(() => page.locator("#panel-content").innerText())
      .toContain("Peristiwa disembunyikan oleh penyaring");
    expect(await page.locator("#overview-latest").count()).toBe(0);
    await page.locator("#filter-types-region").uncheck();
    await expect.poll(() => page.locator("#graph-counts").innerText()).toBe("0 simpul, 0 sisi");
    expect(await page.locator("#all-filtered").isVisible()).toBe(true);
    expect(await page.locator("#panel-content").innerText()).toContain("Daerah disembunyikan oleh penyaring");
    await page.locator("#filters-reset").click();
    await networkReady(page);
    await expect.poll(() => page.locator("#overview-latest li").count()).toBeGreaterThan(2);
  });

  it("moves the year range by keyboard, keeping the focus on the handle", async () => {
    await page.locator("#year-from").focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement
            .id,
      ),
    ).toBe("year-from");
    expect(await page.locator("#year-from").getAttribute("aria-valuenow")).toBe("2020");
    await expect.poll(() => page.url()).toContain("from=2020");
    await page.locator("#year-to").focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("PageDown");
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement
            .id,
      ),
    ).toBe("year-to");
    await expect.poll(() => page.url()).toContain("to=2020");
    expect(await page.locator("#year-range-value").innerText()).toBe("2020–2020");
    expect(await page.locator(".yr-bar.in").count()).toBe(1);
    await page.keyboard.press("End");
    await page.locator("#year-from").focus();
    await page.keyboard.press("Home");
    await expect.poll(() => page.url()).not.toContain("from=");
    await expect.poll(() => page.url()).not.toContain("to=");
  });
});

describe("selection, bulk actions and history", () => {
  const canvasPoint = async (n: InspectNode) => {
    const box = (await page.locator("#graph").boundingBox())!;
    return { x: box.x + n.rx, y: box.y + n.ry };
  };

  it("shift-clicks two nodes, hides both at once, and undoes and redoes it", async () => {
    await page.goto(url("x=32.75"));
    await networkReady(page);
    await labelsSettled(page);
    const nodes = (await inspect(page, "nodes")).filter((n) => n.type === "region").slice(0, 2);
    expect(nodes).toHaveLength(2);
    for (const n of nodes) {
      const p = await canvasPoint(n);
      await page.keyboard.down("Shift");
      await page.mouse.click(p.x, p.y);
      await page.keyboard.up("Shift");
    }
    await expect.poll(() => page.locator("#selection-count").innerText()).toBe("2 simpul dipilih");
    await screenshot(page, "11-multi-select");
    await page.locator("#bulk-hide").click();
    const list = () => page.locator("#node-list").innerText();
    await expect.poll(list).not.toContain(nodes[0]!.label);
    expect(await list()).not.toContain(nodes[1]!.label);
    await page.keyboard.press("Control+z");
    await expect.poll(list).toContain(nodes[0]!.label);
    expect(await list()).toContain(nodes[1]!.label);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(list).not.toContain(nodes[0]!.label);
    await page.locator("#redo").isDisabled();
    await page.locator("#undo").click();
    await expect.poll(list).toContain(nodes[1]!.label);
  });

  it("opens a node's context menu by right click and by keyboard, and acts from it", async () => {
    const target = (await inspect(page, "nodes")).find((n) => n.id === "52.07")!;
    const p = await canvasPoint(target);
    await page.mouse.click(p.x, p.y, { button: "right" });
    await page.locator("#context-menu").waitFor();
    const items = await page.locator('#context-menu [role="menuitem"]').allInnerTexts();
    expect(items.join("|")).toMatch(
      /Buka tetangga.*2 langkah kemitraan.*Peristiwa.*Sembunyikan.*Sematkan.*Jalur dari sini.*Daerah serupa/,
    );
    await screenshot(page, "12-context-menu");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#context-menu").count()).toBe(0);

    const item = page.locator(`#node-list [data-id="52.07"]`);
    await item.focus();
    await page.keyboard.press("Shift+F10");
    await page.locator("#context-menu").waitFor();
    await page.keyboard.press("ArrowDown");
    // Down from the first item (expand) to "2 hops"; Enter expands by depth.
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement
            .id,
      ),
    ).toBe("menu-depth-2");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toMatch(/x=25d2(~|%7E)52\.07/);
    await networkReady(page);
  });

  it("pins a node from its details and the button says so; an expansion keeps placed nodes where they were", async () => {
    // Jepang's one partner is Kabupaten Muara Enim, whose expansion brings seven more regions.
    await page.goto(url("x=JP&sel=JP&panel=details"));
    await networkReady(page);
    await page.locator("#action-pin").waitFor();
    expect(await page.locator("#action-pin").innerText()).toBe("Sematkan");
    await page.locator("#action-pin").click();
    await expect.poll(() => page.locator("#action-pin").innerText()).toBe("Lepas sematan");
    expect(await page.locator("#action-expand").innerText()).toBe("Tetangga terbuka");
    await page.waitForTimeout(800);
    const before = new Map((await inspect(page, "nodes")).map((n) => [n.id, n]));
    await page.locator(`#node-list [data-id="16.03"]`).click();
    await page.locator("#details-title", { hasText: "Muara Enim" }).waitFor();
    await page.locator("#action-expand").click();
    await networkReady(page);
    await expect.poll(async () => (await inspect(page, "nodes")).length).toBeGreaterThan(before.size);
    await page.waitForTimeout(1200);
    const after = await inspect(page, "nodes");
    for (const n of after) {
      const was = before.get(n.id);
      if (!was) continue;
      expect(Math.hypot(n.x - was.x, n.y - was.y), n.id).toBeLessThan(1);
    }
  });

  it("says so when a double-click would expand a node whose neighbours are all shown", async () => {
    const muaraEnim = (await inspect(page, "nodes")).find((n) => n.id === "16.03")!;
    const p = await canvasPoint(muaraEnim);
    const before = page.url();
    await page.mouse.dblclick(p.x, p.y);
    await expect.poll(() => page.locator("#graph-notice").innerText()).toContain("sudah terbuka semua");
    expect(page.url().replace(/&(lay|vp)=[^&]*/g, "")).toBe(before.replace(/&(lay|vp)=[^&]*/g, ""));
  });

  it("keeps the positions in a shared link", async () => {
    await expect.poll(() => page.url()).toContain("lay=");
    const shared = page.url();
    const positions = new Map((await inspect(page, "nodes")).map((n) => [n.id, n]));
    const fresh = await openPage(browser, { width: 1440, height: 900 });
    try {
      await fresh.page.goto(shared);
      await networkReady(fresh.page);
      await fresh.page.waitForTimeout(800);
      const again = await inspect(fresh.page, "nodes");
      expect(again.length).toBe(positions.size);
      for (const n of again) {
        const was = positions.get(n.id)!;
        expect(Math.hypot(n.x - was.x, n.y - was.y), n.id).toBeLessThan(1.5);
      }
      expect(fresh.problems).toEqual([]);
    } finally {
      await fresh.page.close();
    }
  });
});

describe("evidence, words and states", () => {
  it("exports CSV with the evidence sentence and GraphML with quotes", async () => {
    await page.goto(url("x=32.75&sel=32.75&panel=details"));
    await networkReady(page);
    const download = (label: string) => exportFile(page, label);
    const edges = await download("CSV sisi");
    expect(edges).toContain(AUDIENCE_QUOTE);
    expect(edges.split("\r\n")[0]).toContain("quotes,articles,urls");
    const xml = await download("GraphML");
    expect(xml).toContain('key="e_quotes"');
    expect(xml).toContain("Wali Kota Bekasi Rahmat Effendi");
    const nodes = await download("CSV simpul");
    expect(nodes).toMatch(/32\.75,Kota Bekasi,region,city,,\d+,Jawa Barat/);
  });

  it("speaks Indonesian for an unknown node and names relations in words", async () => {
    // Its own page: Chromium logs the 404 as a console error, which is the point here, not a fault.
    const other = await openPage(browser);
    try {
      await other.page.goto(url("sel=99.99&panel=details"));
      await other.page.locator("#panel-content .state.error").waitFor();
      const text = await other.page.locator("#panel-content").innerText();
      expect(text).toContain("Tidak ditemukan.");
      expect(text).not.toMatch(/was not found/);
      expect(other.problems.every((p) => /status of 404/.test(p))).toBe(true);
    } finally {
      await other.page.close();
    }
    await page.goto(url("x=program:stbm&sel=program:stbm&panel=details"));
    await networkReady(page);
    await page.locator("#details-title").waitFor();
    const details = await page.locator("#panel-content").innerText();
    expect(details).toMatch(/Daerah yang menjalankan/i);
    expect(details).not.toMatch(/\b(RUNS|CONCERNS|SERVED_AS|TOOK_PART|SERVED AS|TOOK PART)\b/);
  });

  it("asks for more letters, groups results and highlights the match", async () => {
    await page.locator("#search-input").fill("ko");
    await expect
      .poll(() => page.locator("#search-results").innerText())
      .toContain("Ketik paling sedikit 3 huruf");
    await page.locator("#search-input").fill("Bekasi");
    await page.locator('#search-results [role="option"]').first().waitFor();
    expect(await page.locator("#search-results mark").first().innerText()).toMatch(/bekasi/i);
    expect(await page.locator("#search-results .search-group").first().innerText()).toBe("DAERAH");
    await screenshot(page, "13-search");
    await page.keyboard.press("Escape");
  });

  it("keeps the preview when saving without a token, and says what is missing", async () => {
    await page.goto(url("panel=add"));
    await page
      .locator("#add-text")
      .fill(
        "Pemerintah Kota Bekasi dan Pemerintah Kabupaten Sumbawa Barat menandatangani nota kesepahaman kerja sama pendidikan di Bekasi pada Selasa (26/10/2021).",
      );
    await page.locator("#add-token").fill("");
    await page.locator("#add-preview-button").click();
    await page.locator("#add-preview").waitFor();
    await page.locator("#add-save-button").click();
    await expect.poll(() => page.locator("#add-notice").innerText()).toContain("token API");
    expect(await page.locator("#add-preview").isVisible()).toBe(true);
  });
});

describe("the phone", () => {
  it("reaches the filters without scrolling, shows details in a bottom sheet, and folds the tools into a menu", async () => {
    const phone = await openPage(browser, { width: 390, height: 844 });
    try {
      const p = phone.page;
      await p.goto(url());
      await networkReady(p);
      const open = (await p.locator("#open-filters").boundingBox())!;
      expect(open.y + open.height).toBeLessThan(844);
      expect(await p.locator("#toolbar-groups").isVisible()).toBe(false);
      await p.locator("#toolbar-menu").click();
      expect(await p.locator("#toolbar-groups").isVisible()).toBe(true);
      await screenshot(p, "20-phone-menu");
      await p.locator("#toolbar-menu").click();
      await p.locator("#open-filters").click();
      expect(await p.locator("#year-from").isVisible()).toBe(true);
      await screenshot(p, "21-phone-filters");
      await p.locator("#node-list [data-id='32.75']").click();
      await p.locator("#details-title", { hasText: "Kota Bekasi" }).waitFor();
      expect(await p.locator("#side").getAttribute("data-sheet")).toBe("open");
      const sheet = (await p.locator("#side").boundingBox())!;
      expect(sheet.y).toBeGreaterThan(200);
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(845);
      // Labels on the phone are as large on screen as on a desktop, once the network has been fitted above
      // the sheet (an animated zoom a quarter of a second after the sheet rises; under load, later).
      const smallest = async () => {
        const heights = (await inspect(p, "labels")).map((l) => l.box.y2 - l.box.y1);
        return heights.length > 0 ? Math.min(...heights) : 0;
      };
      await expect.poll(smallest, { timeout: 10_000 }).toBeGreaterThan(10);
      await screenshot(p, "22-phone-sheet");
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.page.close();
    }
  });
});

it("raised no page error and no console error", () => {
  expect(watched.problems).toEqual([]);
});
