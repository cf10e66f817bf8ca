// One article with the spans of every fact in it: the sentence each event and official was reported with,
// every place a region is named, and the quote linking an organisation to an event (stored with the first
// document that reported the link, so only that document shows it).
// params: $id: string (document id)
// returns: id, title, source, publishedAt, ingestedAt (string|null), text (string),
//          spans (list<{node: {labels, key, name, kind, date}, start: int, end: int, fact: string}>)
MATCH (d:Document {id: $id})
// OPTIONAL: an article in which nothing was found is still an article, with no spans.
OPTIONAL CALL (d) {
  MATCH (n)-[q:REPORTED_IN]->(d)
  RETURN n, q.start AS start, q.end AS end, 'reported' AS fact
  UNION ALL
  MATCH (n:Region)-[q:MENTIONED_IN]->(d)
  UNWIND range(0, size(q.starts) - 1) AS i
  RETURN n, q.starts[i] AS start, q.ends[i] AS end, 'mention' AS fact
  UNION ALL
  // From the document through the events it reports: starting from the organisations read every
  // organisation link in the graph (38,000 db hits a request at 100,000 articles; this way, about 160).
  MATCH (d)<-[:REPORTED_IN]-(:Event)<-[q:WITNESSED|FACILITATED|PARTY_TO]-(n:Organization)
  WHERE q.sources[0] = d.id AND q.start IS NOT NULL
  RETURN n, q.start AS start, q.end AS end, toLower(type(q)) AS fact
}
WITH d, n, start, end, fact ORDER BY start, end
WITH d, collect(CASE WHEN n IS NOT NULL THEN {
  node: {labels: labels(n), key: coalesce(n.code, n.id), name: coalesce(n.name, n.title), kind: n.kind, date: n.date},
  start: start, end: end, fact: fact
} END) AS spans
RETURN d.id AS id, d.title AS title, d.source AS source, d.publishedAt AS publishedAt,
  toString(d.ingestedAt) AS ingestedAt, d.text AS text, spans
