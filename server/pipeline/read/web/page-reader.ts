/**
 * A fetched HTML page to an article: its main text (headline first, as the extractor expects of an article)
 * and its metadata, or the reason it is not an article (an index, a page with too little text).
 *
 * How: linkedom parses the page into a DOM without running anything (no scripts, no network, no layout);
 * the metadata is read first (page-metadata.ts), boilerplate removed (boilerplate.ts), then Mozilla's
 * Readability, the engine of Firefox's Reader View, picks the main content; its HTML becomes lines of text
 * the way a saved page does (html-text.ts).
 *
 * Why linkedom under Readability: Readability needs a DOM, and only reads it. On a 16 KB WordPress-style
 * page linkedom + Readability took 2.5 ms, happy-dom 12 ms and jsdom 23 ms (docs/benchmarks.md, Import);
 * jsdom's exactness (layout-free CSS, a full HTML5 tree builder) buys nothing Readability uses, and at 50
 * pages a second on two shared cores the parse is the budget.
 */
import { Readability } from "@mozilla/readability";
import { Parser } from "htmlparser2";
import { parseHTML } from "./dom.ts";
import { htmlToText } from "../html-text.ts";
import { dropTeaserLines, removeBoilerplate } from "./boilerplate.ts";
import { readPageMetadata, type PageMetadata } from "./page-metadata.ts";

export interface WebArticle extends Omit<PageMetadata, "declaredType"> {
  /** The article's text: headline, then the body as lines. */
  text: string;
}

export type PageReading = { ok: true; article: WebArticle } | { ok: false; reason: string };

/** Fewer characters of main text than this is a stub, a gallery or a list, not a news article. */
export const MIN_ARTICLE_CHARACTERS = 300;
/** More of the main text than this in links: an index or a menu. */
const MAX_LINK_SHARE = 0.5;
/** This many <article> elements on a page that does not call itself an article: a list of posts. */
const INDEX_ARTICLE_COUNT = 3;

/** The share of the content's visible characters inside links, by htmlparser2's tokenizer (no second DOM). */
function linkShare(html: string): number {
  let all = 0;
  let linked = 0;
  let inLink = 0;
  const parser = new Parser({
    onopentag: (name) => void (name === "a" && inLink++),
    onclosetag: (name) => void (name === "a" && inLink > 0 && inLink--),
    ontext: (text) => {
      const visible = text.replace(/\s+/g, "").length;
      all += visible;
      if (inLink > 0) linked += visible;
    },
  });
  parser.write(html);
  parser.end();
  return all === 0 ? 0 : linked / all;
}

function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function readArticlePage(html: string, pageUrl: string): PageReading {
  // Whatever a hostile or broken page makes the parser or Readability throw skips that page, never the run.
  try {
    return readParsed(html, pageUrl);
  } catch (error) {
    return {
      ok: false,
      reason: `not an article: the page could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

function readParsed(html: string, pageUrl: string): PageReading {
  const { document } = parseHTML(html);
  if (!document.documentElement || !document.body)
    return { ok: false, reason: "not an article: an empty page" };
  const metadata = readPageMetadata(document, pageUrl);
  const articles = document.querySelectorAll("article").length;
  if (metadata.declaredType === "index")
    return { ok: false, reason: "not an article: the page calls itself a list of posts (an index page)" };
  if (metadata.declaredType !== "article" && articles >= INDEX_ARTICLE_COUNT)
    return { ok: false, reason: `not an article: an index page listing ${articles} posts` };
  removeBoilerplate(document);
  const parsed = new Readability(document, { charThreshold: MIN_ARTICLE_CHARACTERS }).parse();
  if (!parsed?.content) return { ok: false, reason: "not an article: no main text found" };
  if (linkShare(parsed.content) > MAX_LINK_SHARE)
    return { ok: false, reason: "not an article: the main content is mostly links (an index or a menu)" };
  const body = tidy(dropTeaserLines(htmlToText(parsed.content).text));
  if (body.length < MIN_ARTICLE_CHARACTERS)
    return {
      ok: false,
      reason: `not an article: too little text (${body.length} characters, at least ${MIN_ARTICLE_CHARACTERS})`,
    };
  const title = metadata.title ?? parsed.title?.trim() ?? null;
  const firstLine = body.split("\n", 1)[0] ?? "";
  const text = title && firstLine.trim() !== title ? `${title}\n\n${body}` : body;
  return {
    ok: true,
    article: {
      text,
      title,
      canonicalUrl: metadata.canonicalUrl,
      publishedAt: metadata.publishedAt,
      publisher: metadata.publisher ?? parsed.siteName ?? null,
      language: metadata.language ?? (parsed.lang ? parsed.lang.slice(0, 2).toLowerCase() : null),
    },
  };
}
