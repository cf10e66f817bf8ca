/**
 * Turns an HTML page into article text plus the metadata the page declares (title, publication date),
 * and a Markdown file into plain text.
 *
 * Why: the extractor reads text; saved news pages come as HTML. Tags go, blocks become lines (so
 * headlines, captions and datelines stay lines of their own, as the layout analysis expects), scripts
 * and styles are dropped, entities decoded. htmlparser2 is forgiving, so broken HTML still yields text.
 */
import { Parser } from "htmlparser2";
import type { ArticleMeta } from "../extract/extract-facts.ts";

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "head",
  "nav",
  "form",
  "button",
]);
const BLOCKS = new Set(
  (
    "p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article header footer aside blockquote " +
    "figcaption figure main pre hr dd dt dl address time"
  ).split(" "),
);
const DATE_META = new Set([
  "article:published_time",
  "og:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "date",
  "dc.date",
  "dc.date.issued",
]);

function cleanLines(raw: string): string {
  return raw
    .split("\n")
    .map((line) => line.replace(/[ \t\u00A0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function htmlToText(html: string): { text: string; meta: ArticleMeta } {
  let text = "";
  let skipDepth = 0;
  let inTitle = false;
  let title = "";
  let metaTitle = "";
  let published: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "title") inTitle = true;
        if (name === "meta") {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? "").toLowerCase();
          const content = attributes.content ?? "";
          if (key === "og:title" && content) metaTitle = content;
          if (DATE_META.has(key) && !published) published = content;
        }
        if (name === "time" && attributes.datetime && !published) published = attributes.datetime;
        if (SKIPPED.has(name)) skipDepth++;
        if (BLOCKS.has(name)) text += "\n";
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth === 0) text += data.replace(/\s+/g, " ");
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (SKIPPED.has(name) && skipDepth > 0) skipDepth--;
        if (BLOCKS.has(name)) text += "\n";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const publishedAt = /^\d{4}-\d{2}-\d{2}/.exec(published ?? "")?.[0] ?? null;
  const pageTitle = (metaTitle || title).replace(/\s+/g, " ").trim();
  return { text: cleanLines(text), meta: { ...(pageTitle ? { title: pageTitle } : {}), publishedAt } };
}

/** Markdown to text: headings, emphasis, links and images reduced to their words; lines kept. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?![\w*])/g, "$1")
    .replace(/`([^`]+)`/g, "$1");
}
