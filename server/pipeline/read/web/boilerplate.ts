/**
 * Removes from a page, before Readability picks its main content, everything around an article that names
 * other regions: menus, sidebars and widgets, "Baca juga" teasers, related posts, comments, share bars,
 * tags and footers.
 *
 * Why on top of Readability: Readability scores blocks by their text and drops most of these, but keeps a
 * teaser that sits inside the article body ("<p><strong>Baca juga:</strong> <a>Pemkab X jalin kerja sama
 * dengan Kota Y</a></p>") and sometimes a related-posts list written as paragraphs. Each of them names other
 * regions and would invent partners, so they go first, by what they are (elements, classes, ids of the
 * common WordPress themes and news templates) and by what they say (a short block starting with a teaser
 * phrase).
 */
import type { PageDocument, PageElement } from "./dom.ts";

/** Elements that are never an article's text. */
const NEVER_CONTENT = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "form",
  "nav",
  "aside",
  "footer",
  "button",
  "select",
  "svg",
  "[role=navigation]",
  "[role=complementary]",
  "[role=contentinfo]",
  "[aria-hidden=true]",
].join(",");

/** Class and id words of boilerplate blocks in WordPress themes and news templates. */
const BOILERPLATE_WORDS =
  /(?:^|[\s_-])(?:comments?|comment-list|respond|reply|sidebar|widgets?|related|relatedposts|jp-relatedposts|yarpp|crp|baca-juga|bacajuga|read-?also|also-read|terkait|populer|popular|trending|terpopuler|recommend(?:ation|ed)?|share|sharing|sharedaddy|social|breadcrumbs?|tags?|tagcloud|post-tags|navigation|post-navigation|nav-links|pagination|menu|footer|site-footer|header|site-header|masthead|advert|ads|iklan|banner|newsletter|subscribe|author-box|byline-box)(?:$|[\s_-])/i;

/** Phrases that open a teaser of another story or a list of them. */
export const TEASER_START =
  /^\s*(?:baca\s+(?:juga|pula)|simak\s+juga|lihat\s+juga|berita\s+(?:terkait|lainnya|lain|terbaru|populer)|artikel\s+(?:terkait|lainnya)|postingan\s+terkait|tulisan\s+terkait|read\s+(?:also|more)|related(?:\s+(?:posts?|articles?|news))?)\b\s*[:：-]?/i;

/** How long a block starting with a teaser phrase may be and still be a teaser, not a paragraph. */
const TEASER_MAX_CHARACTERS = 400;

function linkTextShare(element: PageElement): number {
  const all = (element.textContent ?? "").replace(/\s+/g, "").length;
  if (all === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll("a"))
    linked += (link.textContent ?? "").replace(/\s+/g, "").length;
  return linked / all;
}

function markerOf(element: PageElement): string {
  return `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
}

function proseLength(root: PageElement | PageDocument): number {
  let length = 0;
  for (const paragraph of root.querySelectorAll("p")) length += (paragraph.textContent ?? "").trim().length;
  return length;
}

/** Removes boilerplate in place. The <article> or main element itself is never removed by its class. */
export function removeBoilerplate(document: PageDocument): void {
  for (const element of [...document.querySelectorAll(NEVER_CONTENT)]) element.remove();
  // Header elements inside an article hold its title and date; the page's own header is the site's banner.
  for (const header of [...document.querySelectorAll("header")]) {
    if (!header.closest("article, main, [role=main]")) header.remove();
  }
  const prose = proseLength(document);
  for (const element of [...document.querySelectorAll("[class], [id]")]) {
    if (!element.isConnected) continue;
    const tag = element.tagName.toLowerCase();
    if (tag === "body" || tag === "html" || tag === "article" || tag === "main") continue;
    if (!BOILERPLATE_WORDS.test(markerOf(element))) continue;
    // A layout wrapper ("has-sidebar", "content-with-header") can hold the article itself: a block that
    // holds the article or most of the page's prose stays.
    if (element.querySelector("article, main, [itemprop=articleBody]")) continue;
    if (prose > 0 && proseLength(element) > prose / 2) continue;
    element.remove();
  }
  for (const block of [
    ...document.querySelectorAll("p, div, li, section, h2, h3, h4, h5, h6, strong, b, span"),
  ]) {
    if (!block.isConnected) continue;
    const content = (block.textContent ?? "").trim();
    if (!TEASER_START.test(content)) continue;
    const isShort = content.length <= TEASER_MAX_CHARACTERS;
    if (!isShort && linkTextShare(block) < 0.5) continue;
    // "Baca juga:" as a heading of the list that follows it: the list goes too.
    let next = block.nextElementSibling;
    while (next && /^(ul|ol)$/i.test(next.tagName)) {
      const list = next;
      next = next.nextElementSibling;
      list.remove();
    }
    // Within a paragraph (<p><strong>Baca juga</strong> <a>…</a></p>) the whole paragraph is the teaser.
    const container = /^(strong|b|span)$/i.test(block.tagName)
      ? (block.closest("p, li, div") ?? block)
      : block;
    if (container !== block && (container.textContent ?? "").trim().length > TEASER_MAX_CHARACTERS)
      block.remove();
    else container.remove();
  }
}

/** Drops teaser lines that survived as text (a theme that writes them as bare text between <br>s). */
export function dropTeaserLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => !(TEASER_START.test(line) && line.length <= TEASER_MAX_CHARACTERS))
    .join("\n");
}
