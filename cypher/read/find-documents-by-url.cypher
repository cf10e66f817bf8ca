// Documents read from the web, found by an address: the one fetched (url) or the one the page declares
// (canonicalUrl), both in their identity form (read/web/web-urls.ts). Used before a fetch (the validators
// for a conditional GET) and after reading (is this article stored, and in which version).
// params: $urls: list<string>
// returns: url (the address asked for), id, version (int|null), etag (string|null),
//          lastModified (string|null), canonicalUrl (string|null)
UNWIND $urls AS url
CALL (url) {
  MATCH (d:Document {url: url})
  RETURN d
  UNION
  MATCH (d:Document {canonicalUrl: url})
  RETURN d
}
RETURN url, d.id AS id, d.version AS version, d.etag AS etag, d.lastModified AS lastModified,
  d.canonicalUrl AS canonicalUrl
ORDER BY coalesce(d.version, 0) DESC
