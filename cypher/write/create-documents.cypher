// Documents, keyed by the hash of their normalised text; the text is kept so every span can be shown.
// CREATE, not MERGE: the loader has just checked, in the same transaction, that these ids are not stored
// (read/find-existing-documents), and the uniqueness constraint would reject a duplicate anyway.
// A web article also gets its origin's properties (url, canonicalUrl, publisher, language, version, ...;
// load/document-origin.ts); a file's origin is an empty map.
// Each document records the version of the extractor that made its facts (extract/extractor-version.ts),
// and keeps the time it was first loaded when re-extraction writes it again (ingestedAt, else now).
// params: $rows: list<{id, title, publishedAt: string|null, source: string|null, text, origin: map,
//                      extractorVersion: int, ingestedAt: datetime|null}>
// returns: documents (int)
// Planned once per Neo4j process (replan=skip): every pattern starts from an index seek, so the plan made
// on an empty graph stays right as it grows (docs/graph-model.md, Loading).
CYPHER replan=skip
UNWIND $rows AS row
CREATE (d:Document {
  id: row.id,
  title: row.title,
  publishedAt: row.publishedAt,
  source: row.source,
  text: row.text,
  extractorVersion: row.extractorVersion,
  ingestedAt: coalesce(row.ingestedAt, datetime())
})
SET d += row.origin
RETURN count(d) AS documents
