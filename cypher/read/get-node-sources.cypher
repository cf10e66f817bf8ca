// The sources of a node's facts, newest document first: the quote each event or official was reported with
// (REPORTED_IN), the sentences naming a region (MENTIONED_IN), the quote linking an organisation to an
// event, and for a programme or sector the reports of the events concerning or covering it.
// params: $elementId: string, $limit: int
// returns: documentId, title, publishedAt, quote, start, end (string|int|null), fact (string)
MATCH (n) WHERE elementId(n) = $elementId
CALL (n) {
  MATCH (n)-[q:REPORTED_IN]->(d:Document)
  RETURN d, q.quote AS quote, q.start AS start, q.end AS end, 'reported' AS fact
  UNION ALL
  MATCH (n)-[q:MENTIONED_IN]->(d:Document)
  RETURN d, q.quote AS quote, q.starts[0] AS start, q.ends[0] AS end, 'mentioned' AS fact
  UNION ALL
  MATCH (n)-[q:WITNESSED|FACILITATED|PARTY_TO]->(:Event)
  UNWIND q.sources AS documentId
  MATCH (d:Document {id: documentId})
  WITH d, q, documentId = q.sources[0] AS first
  RETURN d, CASE WHEN first THEN q.quote END AS quote, CASE WHEN first THEN q.start END AS start,
    CASE WHEN first THEN q.end END AS end, toLower(type(q)) AS fact
  UNION ALL
  MATCH (n)<-[:CONCERNS|COVERS]-(:Event)-[q:REPORTED_IN]->(d:Document)
  WHERE n:Program OR n:Sector
  RETURN d, q.quote AS quote, q.start AS start, q.end AS end, 'event' AS fact
}
WITH d, quote, start, end, fact
ORDER BY d.publishedAt DESC, d.id, start
LIMIT $limit
RETURN d.id AS documentId, d.title AS title, d.publishedAt AS publishedAt, quote, start, end, fact
