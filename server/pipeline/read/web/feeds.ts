/**
 * An RSS 2.0, RSS 1.0 (RDF) or Atom feed to the articles it lists: their addresses, titles and dates.
 *
 * htmlparser2, which the project already uses for HTML, parses feeds too (`parseFeed`, in XML mode): it is
 * forgiving, so a feed cut short or with a stray character still gives the items before the damage, and it
 * never resolves external entities or DTDs (no XXE, no billion laughs). Addresses are resolved against the
 * feed's own and kept only when they are http(s).
 */
import { parseFeed } from "htmlparser2";
import { checkWebUrl } from "./web-urls.ts";

export interface ListedArticle {
  url: string;
  title: string | null;
  /** YYYY-MM-DD, or null. */
  date: string | null;
}

export type FeedReading =
  { ok: true; title: string | null; items: ListedArticle[] } | { ok: false; reason: string };

/** More entries than this is not a news feed; the rest are ignored. */
export const MAX_LISTED = 50_000;

function isoDay(date: Date | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

export function readFeed(xml: string, feedUrl: string): FeedReading {
  let feed;
  try {
    feed = parseFeed(xml, { xmlMode: true, decodeEntities: true });
  } catch (error) {
    return { ok: false, reason: `malformed feed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!feed) return { ok: false, reason: "malformed feed: neither RSS nor Atom" };
  const items: ListedArticle[] = [];
  for (const item of feed.items.slice(0, MAX_LISTED)) {
    const link = (item.link ?? item.id ?? "").trim();
    const checked = link ? checkWebUrl(link, feedUrl) : undefined;
    if (!checked?.ok) continue;
    items.push({ url: checked.url.href, title: item.title?.trim() || null, date: isoDay(item.pubDate) });
  }
  if (items.length === 0 && feed.items.length > 0)
    return { ok: false, reason: "malformed feed: none of its items has a web address" };
  return { ok: true, title: feed.title?.trim() || null, items };
}
