/**
 * The browser treats data as text: an article whose title and text hold `<script>`, `<img src=x onerror=…>`
 * and a `javascript:` link is previewed, saved with the token through the add-article panel, then shown in
 * the details panel (its quote) and in the full article view. Nothing runs (window.__xss stays unset, no
 * element is created from the data, no CSP violation is logged) and the markup shows literally.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  launch,
  networkReady,
  openPage,
  screenshot,
  type PageGlobals,
  type WatchedPage,
} from "./_browser.ts";

const TITLE = `<script>window.__xss='title'</script> Kerja sama <img src=x onerror="window.__xss='title-img'">`;
const TEXT =
  "Pemkot Surabaya dan Pemkot Malang Teken Kesepakatan Bersama <script>window.__xss='text'</script>\n\n" +
  "SURABAYA – Wali Kota Surabaya Eri Cahyadi dan Wali Kota Malang Sutiaji menandatangani kesepakatan bersama " +
  `bidang persampahan <img src=x onerror="window.__xss='img'"> di Balai Kota Surabaya, Kamis (12/3/2020). ` +
  `Lihat <a href="javascript:window.__xss='link'">tautan</a>.\n`;

let browser: Browser;
let watched: WatchedPage;
let page: Page;

const nothingRan = async () => {
  expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).__xss)).toBe("undefined");
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await page.locator("#panel-content script, #article-dialog script").count()).toBe(0);
};

beforeAll(async () => {
  browser = await launch();
  watched = await openPage(browser);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
});

describe("hostile article text", () => {
  it("shows literally in the preview", async () => {
    await page.goto(inject("appUrl"));
    await networkReady(page);
    await page.locator("#open-add").click();
    await page.locator("#add-text").fill(TEXT);
    await page.locator("#add-title").fill(TITLE);
    await page.locator("#add-token").fill(inject("apiToken"));
    await page.locator("#add-preview-button").click();
    await page.locator("#add-preview").waitFor();
    const preview = await page.locator("#add-preview").innerText();
    expect(preview).toContain(`<img src=x onerror="window.__xss='img'">`);
    expect(preview).toContain("<script>window.__xss='text'</script>");
    await nothingRan();
    await screenshot(page, "08-add-article-preview");
  });

  it("is saved with the token and shows literally in the details panel", async () => {
    await page.locator("#add-save-button").click();
    // The confirmation stays in the panel; its button opens the first party's details.
    await page.locator("#add-open-party").click({ timeout: 30_000 });
    await page.locator("#details-title", { hasText: "Surabaya" }).waitFor({ timeout: 30_000 });
    await networkReady(page);
    const quote = page.locator("#details-events .quote", { hasText: "onerror" }).first();
    await quote.waitFor();
    expect(await quote.innerText()).toContain(`<img src=x onerror="window.__xss='img'">`);
    const link = page.locator("#details-events .article-link").first();
    expect(await link.innerText()).toContain("<script>window.__xss='title'</script>");
    await nothingRan();
  });

  it("shows literally in the full article view, with its spans marked", async () => {
    await page.locator("#details-events .article-link").first().click();
    await page.locator("#article-text").waitFor();
    expect(await page.locator("#article-title").innerText()).toContain(
      "<script>window.__xss='title'</script>",
    );
    const text = await page.locator("#article-text").innerText();
    expect(text).toContain("<script>window.__xss='text'</script>");
    expect(text).toContain(`<a href="javascript:window.__xss='link'">tautan</a>`);
    expect(await page.locator("#article-text mark").count()).toBeGreaterThan(0);
    await nothingRan();
    await screenshot(page, "09-article-view-hostile");
  });

  it("ran nothing and logged no error (a blocked inline script would log a CSP violation)", () => {
    expect(watched.problems).toEqual([]);
  });
});
