/**
 * What a page says about itself: canonical URL, title, publication date, publisher (site name), language,
 * and whether it calls itself an article or an index. Read from the whole document before any cleaning.
 *
 * Order of trust, most explicit first: JSON-LD (schema.org NewsArticle and kin), then Open Graph and
 * article:* meta, then other meta (Dublin Core, itemprop), then <time datetime> (inside the article first).
 * A date in the text is left to the extractor, which reads datelines (docs/extraction.md, Dates).
 */
import type { PageDocument } from "./dom.ts";
import { identityUrl, checkWebUrl } from "./web-urls.ts";

export interface PageMetadata {
  canonicalUrl: string | null;
  title: string | null;
  /** YYYY-MM-DD as the page wrote it (its own time zone), or null. */
  publishedAt: string | null;
  publisher: string | null;
  /** Primary language subtag in lower case ("id", "en"), or null. */
  language: string | null;
  /** What the page's own markup calls it. */
  declaredType: "article" | "index" | null;
}

const ARTICLE_TYPES = new Set([
  "article",
  "newsarticle",
  "blogposting",
  "reportage",
  "analysisnewsarticle",
  "report",
  "backgroundnewsarticle",
  "socialmediaposting",
  "liveblogposting",
  "opinionnewsarticle",
  "pressrelease",
]);
const INDEX_TYPES = new Set(["collectionpage", "searchresultspage", "itemlist", "profilepage", "website"]);

type JsonObject = Record<string, unknown>;

/** Every object of the page's JSON-LD blocks, @graph entries included; malformed blocks are skipped. */
function jsonLdObjects(document: PageDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const object = value as JsonObject;
    out.push(object);
    if (Array.isArray(object["@graph"])) visit(object["@graph"], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken block (trailing commas are common) says nothing; the other sources still count.
    }
  }
  return out;
}

function typesOf(object: JsonObject): string[] {
  const type = object["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === "string").map((t) => t.toLowerCase());
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === "object") return text((value as JsonObject).name);
  return null;
}

type MetaValues = ReadonlyMap<string, string>;

/** Every <meta> name, property, itemprop or http-equiv (lower case) with its first non-empty content. */
function metaValues(document: PageDocument): MetaValues {
  const values = new Map<string, string>();
  for (const element of document.querySelectorAll("meta")) {
    const content = element.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop", "http-equiv"]) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function meta(values: MetaValues, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = values.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  des: 12,
  desember: 12,
  dec: 12,
  december: 12,
};

/** A date value from metadata as YYYY-MM-DD: ISO forms, and "4 Maret 2024" forms some themes print. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const valid = (y: number, m: number, d: number) => {
    const date = new Date(Date.UTC(y, m - 1, d));
    return y >= 1900 && y <= 2099 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  };
  const pad = (n: number) => String(n).padStart(2, "0");
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
  }
  const written = /(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})/.exec(value);
  if (written) {
    const month = MONTHS[written[2]!.toLowerCase()];
    const [y, d] = [Number(written[3]), Number(written[1])];
    if (month && valid(y, month, d)) return `${y}-${pad(month)}-${pad(d)}`;
  }
  return null;
}

function canonicalOf(document: PageDocument, metas: MetaValues, pageUrl: string): string | null {
  const candidates = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute("href"),
    meta(metas, "og:url"),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const checked = checkWebUrl(candidate, pageUrl);
    if (checked.ok) return identityUrl(checked.url);
  }
  return null;
}

function languageOf(document: PageDocument, metas: MetaValues, ld: JsonObject | undefined): string | null {
  const raw =
    document.documentElement?.getAttribute("lang") ||
    meta(metas, "content-language", "language", "dc.language") ||
    meta(metas, "og:locale") ||
    text(ld?.inLanguage);
  const primary = /^\s*([a-z]{2,3})\b/i.exec(raw ?? "")?.[1];
  return primary ? primary.toLowerCase() : null;
}

function dateOf(document: PageDocument, metas: MetaValues, ld: JsonObject | undefined): string | null {
  const fromLd = toIsoDate(text(ld?.datePublished) ?? text(ld?.dateCreated));
  if (fromLd) return fromLd;
  const fromMeta = toIsoDate(
    meta(
      metas,
      "article:published_time",
      "og:published_time",
      "datePublished",
      "pubdate",
      "publishdate",
      "dc.date.issued",
      "dc.date",
      "date",
    ),
  );
  if (fromMeta) return fromMeta;
  const times = [...document.querySelectorAll("time[datetime]")].sort(
    (a, b) => Number(!a.closest("article, main")) - Number(!b.closest("article, main")),
  );
  for (const time of times) {
    const date = toIsoDate(time.getAttribute("datetime"));
    if (date) return date;
  }
  return null;
}

/**
 * "Judul Berita – Pemkab X" → "Judul Berita" and the site "Pemkab X", when the tail is the site's declared
 * name or the rest is the page's own heading; otherwise the title as it is.
 */
function splitSiteName(
  title: string,
  publisher: string | null,
  headings: readonly string[],
): { title: string; site: string | null } {
  const separators = [...title.matchAll(/\s+[|–—-]\s+/g)];
  const last = separators[separators.length - 1];
  if (!last || last.index === undefined) return { title, site: null };
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index + last[0].length).trim();
  if (!head || !tail) return { title, site: null };
  if (publisher && tail.toLowerCase() === publisher.toLowerCase()) return { title: head, site: tail };
  if (headings.includes(head)) return { title: head, site: tail };
  return { title, site: null };
}

/**
 * A copy of a string that shares no memory with the page. The DOM's attribute and text values are slices
 * of the whole page's source, and V8 keeps the source alive for as long as any slice lives: a publisher
 * name kept with a document would hold its whole page (about 25 KB) until the document is written.
 */
function detached(value: string | null): string | null {
  return value === null ? null : Buffer.from(value, "utf8").toString("utf8");
}

export function readPageMetadata(document: PageDocument, pageUrl: string): PageMetadata {
  const read = readMetadata(document, pageUrl);
  return {
    ...read,
    canonicalUrl: detached(read.canonicalUrl),
    title: detached(read.title),
    publishedAt: detached(read.publishedAt),
    publisher: detached(read.publisher),
    language: detached(read.language),
  };
}

function readMetadata(document: PageDocument, pageUrl: string): PageMetadata {
  const objects = jsonLdObjects(document);
  const metas = metaValues(document);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const index = objects.find((o) => typesOf(o).some((t) => INDEX_TYPES.has(t) && t !== "website"));
  const website = objects.find((o) => typesOf(o).includes("website"));
  const declaredPublisher =
    text(article?.publisher) ??
    meta(metas, "og:site_name", "application-name") ??
    text(website?.name) ??
    null;
  const headings = [...document.querySelectorAll("h1, h2")]
    .slice(0, 5)
    .map((h) => (h.textContent ?? "").replace(/\s+/g, " ").trim());
  const rawTitle =
    text(article?.headline) ??
    meta(metas, "og:title", "twitter:title") ??
    document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() ??
    null;
  const split = rawTitle ? splitSiteName(rawTitle, declaredPublisher, headings) : undefined;
  const publisher = declaredPublisher ?? split?.site ?? null;
  const ogType = meta(metas, "og:type")?.toLowerCase();
  const bodyClass = document.body?.getAttribute("class") ?? "";
  let declaredType: PageMetadata["declaredType"] = null;
  if (article || ogType === "article" || /\bsingle-post\b|\bpostid-\d+/.test(bodyClass))
    declaredType = "article";
  else if (index || /\b(archive|category|tag|search|blog|home)\b/.test(bodyClass)) declaredType = "index";
  return {
    canonicalUrl: canonicalOf(document, metas, pageUrl),
    title: split?.title ?? null,
    publishedAt: dateOf(document, metas, article),
    publisher,
    language: languageOf(document, metas, article),
    declaredType,
  };
}
