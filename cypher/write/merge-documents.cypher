// Documents, keyed by the hash of their normalised text; the text is kept so every span can be shown.
// params: $rows: list<{id, title, publishedAt: string|null, source: string|null, text}>
// returns: documents (int)
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET
  d.title = row.title,
  d.publishedAt = row.publishedAt,
  d.source = row.source,
  d.text = row.text,
  d.ingestedAt = datetime()
RETURN count(d) AS documents
