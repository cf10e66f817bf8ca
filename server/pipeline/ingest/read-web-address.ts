/**
 * One web address read: fetched politely and safely (read/web/web-client.ts), recognised as a page, a feed
 * or a sitemap, and, for a page, its article read and extracted into loader input with its origin; or the
 * reason it gives nothing (not an article, robots.txt, a refused address, a failure). No database here: the
 * caller decides what is new, changed or stored (ingest-web.ts, the API's import).
 */
import type { ExtractionResources } from "../extract/extract-facts.ts";
import { originProperties } from "../load/document-origin.ts";
import type { DocumentInput } from "../load/rows.ts";
import { readFeed, type ListedArticle } from "../read/web/feeds.ts";
import { FetchError, type FetchFailure } from "../read/web/fetch-safely.ts";
import { readArticlePage, type WebArticle } from "../read/web/page-reader.ts";
import { readSitemap } from "../read/web/sitemaps.ts";
import type { WebClient } from "../read/web/web-client.ts";
import { classifyResponse } from "../read/web/web-resource.ts";
import { identityUrl } from "../read/web/web-urls.ts";
import { prepareText } from "./prepare-document.ts";

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type AddressReading =
  | { kind: "article"; url: string; input: DocumentInput; article: WebArticle; identity: string }
  | { kind: "feed"; url: string; items: ListedArticle[]; validators: Validators }
  | { kind: "sitemap-index"; url: string; sitemaps: string[]; validators: Validators }
  | { kind: "not-modified"; url: string }
  | { kind: "skipped"; url: string; reason: string }
  | { kind: "failed"; url: string; reason: string; failure: FetchFailure | "extraction" };

/** Failures that are a choice of the site or of Jejaring, not an error: reported as skipped. */
const SKIPPED_FAILURES = new Set<FetchFailure>(["robots"]);

export async function readWebAddress(
  address: string,
  client: WebClient,
  resources: ExtractionResources,
  options: { validators?: Validators; listed?: ListedArticle } = {},
): Promise<AddressReading> {
  let answer;
  try {
    answer = await client.get(address, {
      etag: options.validators?.etag ?? null,
      lastModified: options.validators?.lastModified ?? null,
    });
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    if (SKIPPED_FAILURES.has(error.failure)) return { kind: "skipped", url: address, reason: error.message };
    return { kind: "failed", url: address, reason: error.message, failure: error.failure };
  }
  if (answer.kind === "not-modified") return { kind: "not-modified", url: answer.url };
  const { response } = answer;
  const resource = classifyResponse(response);
  const validators = {
    etag: response.headers.etag ?? null,
    lastModified: response.headers["last-modified"] ?? null,
  };
  switch (resource.kind) {
    case "other":
      return { kind: "skipped", url: response.url, reason: resource.reason };
    case "feed": {
      const feed = readFeed(resource.xml, response.url);
      if (!feed.ok) return { kind: "failed", url: response.url, reason: feed.reason, failure: "status" };
      return { kind: "feed", url: response.url, items: feed.items, validators };
    }
    case "sitemap": {
      const sitemap = readSitemap(resource.xml, response.url);
      if (!sitemap.ok)
        return { kind: "failed", url: response.url, reason: sitemap.reason, failure: "status" };
      if (sitemap.kind === "index")
        return { kind: "sitemap-index", url: response.url, sitemaps: sitemap.sitemaps, validators };
      return { kind: "feed", url: response.url, items: sitemap.items, validators };
    }
    case "page":
      break;
  }
  const page = readArticlePage(resource.html, response.url);
  if (!page.ok) return { kind: "skipped", url: response.url, reason: page.reason };
  const { article } = page;
  const url = identityUrl(response.url);
  const identity = article.canonicalUrl ?? url;
  const publishedAt = article.publishedAt ?? options.listed?.date ?? null;
  const prepared = prepareText(
    article.text,
    { ...(article.title ? { title: article.title } : {}), publishedAt, source: identity },
    resources,
  );
  if (!prepared.ok)
    return { kind: "failed", url: response.url, reason: prepared.error, failure: "extraction" };
  const input: DocumentInput = {
    ...prepared.input,
    origin: originProperties({
      url,
      canonicalUrl: article.canonicalUrl,
      publisher: article.publisher,
      language: article.language,
      etag: response.headers.etag,
      lastModified: response.headers["last-modified"],
      fetchedAt: new Date().toISOString(),
      version: 1,
    }),
  };
  return { kind: "article", url: response.url, input, article, identity };
}
