/**
 * What a fetched address turned out to be: an HTML page, a feed, a sitemap, or something Jejaring does not
 * read (a PDF, an image, a download). Decided by the Content-Type and, since many sites serve feeds as
 * text/html or text/plain and sitemaps as application/octet-stream, by the first element of the body.
 */
import { decodeBody } from "./decode-body.ts";
import type { FetchedResponse } from "./fetch-safely.ts";

export type WebResource =
  | { kind: "page"; html: string }
  | { kind: "feed"; xml: string }
  | { kind: "sitemap"; xml: string }
  | { kind: "other"; reason: string };

const XML_TYPES = /^(?:application|text)\/(?:[\w.+-]+\+)?xml$/;

/** The name of the first element, skipping the XML declaration, comments, doctypes and a BOM. */
export function firstElement(text: string): string | undefined {
  const match = /^(?:\uFEFF|\s|<\?[^>]*\?>|<!--[\s\S]*?-->|<![^>]*>)*<([A-Za-z][\w:.-]*)/.exec(
    text.slice(0, 4096),
  );
  return match?.[1]?.toLowerCase();
}

export function classifyResponse(response: FetchedResponse): WebResource {
  const contentType = response.headers["content-type"];
  const mime = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const textual =
    mime === "" || mime.startsWith("text/") || XML_TYPES.test(mime) || mime === "application/octet-stream";
  if (!textual)
    return {
      kind: "other",
      reason: `not an article: ${mime} is not read (only HTML pages, feeds and sitemaps)`,
    };
  if (response.body.length === 0) return { kind: "other", reason: "not an article: the page is empty" };
  const head = response.body.subarray(0, 8);
  if (head.includes(0) && !(head[0] === 0xff || head[0] === 0xfe))
    return { kind: "other", reason: "not an article: binary content" };
  const text = decodeBody(response.body, contentType);
  const root = firstElement(text);
  const tag = root ? root.slice(root.indexOf(":") + 1) : undefined;
  if (tag === "rss" || tag === "feed" || tag === "rdf") return { kind: "feed", xml: text };
  if (tag === "urlset" || tag === "sitemapindex") return { kind: "sitemap", xml: text };
  if (
    tag === "html" ||
    mime === "text/html" ||
    mime === "application/xhtml+xml" ||
    /<(?:body|p|div|article)[\s>]/i.test(text.slice(0, 65536))
  )
    return { kind: "page", html: text };
  if (root && (XML_TYPES.test(mime) || text.trimStart().startsWith("<?xml")))
    return {
      kind: "other",
      reason: `not a feed or sitemap: XML whose first element is <${root}>, not <rss>, <feed>, <urlset> or <sitemapindex>`,
    };
  return {
    kind: "other",
    reason: `not an article: ${mime || "untyped"} content that is no HTML page, feed or sitemap`,
  };
}
