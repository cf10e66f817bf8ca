// Stored documents as the extractor reads them again: the text, the metadata the first reading was given
// or found (title, publication date, source), where it came from (load/document-origin.ts), when it was
// first loaded and by which extractor version.
// params: $ids: list<string> of document ids
// returns: id, text, title (string), publishedAt, source (string|null), ingestedAt (datetime|null),
//          extractorVersion (int|null), origin (map of the origin's properties that are set)
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.text AS text, d.title AS title, d.publishedAt AS publishedAt, d.source AS source,
  d.ingestedAt AS ingestedAt, d.extractorVersion AS extractorVersion,
  d {.url, .canonicalUrl, .publisher, .language, .etag, .lastModified, .fetchedAt, .version, .replaces}
    AS origin
