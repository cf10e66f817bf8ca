/**
 * A sitemap (sitemaps.org 0.9) to the addresses it lists: a `urlset` of pages, with `lastmod` and, in a
 * Google News sitemap, `news:publication_date` and `news:title`; or a `sitemapindex` of further sitemaps.
 *
 * Read with htmlparser2's tokenizer in XML mode, element by element, so a sitemap of 50,000 entries is never
 * a tree in memory, and no entity or DTD is ever resolved.
 */
import { Parser } from "htmlparser2";
import { MAX_LISTED, type ListedArticle } from "./feeds.ts";
import { checkWebUrl } from "./web-urls.ts";

export type SitemapReading =
  | { ok: true; kind: "urlset"; items: ListedArticle[] }
  | { ok: true; kind: "index"; sitemaps: string[] }
  | { ok: false; reason: string };

const localName = (name: string) => name.slice(name.indexOf(":") + 1).toLowerCase();

export function readSitemap(xml: string, sitemapUrl: string): SitemapReading {
  let root: string | undefined;
  const path: string[] = [];
  let entry: { loc: string; date: string; title: string } | undefined;
  const items: ListedArticle[] = [];
  const sitemaps: string[] = [];
  let textBuffer = "";
  const parser = new Parser(
    {
      onopentag(name) {
        const tag = name.toLowerCase();
        root ??= localName(tag);
        path.push(tag);
        textBuffer = "";
        if (tag === "url" || tag === "sitemap") entry = { loc: "", date: "", title: "" };
      },
      ontext(data) {
        textBuffer += data;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        path.pop();
        const value = textBuffer.trim();
        textBuffer = "";
        if (!entry) return;
        if (tag === "loc" && path.length === 2) entry.loc = value;
        else if (tag === "news:publication_date") entry.date = value;
        else if (tag === "lastmod" && !entry.date) entry.date = value;
        else if (tag === "news:title") entry.title = value;
        else if (tag === "url" || tag === "sitemap") {
          const checked = entry.loc ? checkWebUrl(entry.loc, sitemapUrl) : undefined;
          if (checked?.ok) {
            if (tag === "sitemap") {
              if (sitemaps.length < MAX_LISTED) sitemaps.push(checked.url.href);
            } else if (items.length < MAX_LISTED) {
              items.push({
                url: checked.url.href,
                title: entry.title || null,
                date: /^\d{4}-\d{2}-\d{2}/.exec(entry.date)?.[0] ?? null,
              });
            }
          }
          entry = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  if (root === "sitemapindex") return { ok: true, kind: "index", sitemaps };
  if (root === "urlset") return { ok: true, kind: "urlset", items };
  return { ok: false, reason: "malformed sitemap: no <urlset> or <sitemapindex>" };
}
