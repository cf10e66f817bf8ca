// Officials: one Person per real person (ids resolved by the loader), SERVED_AS per title and region with
// the first and last date seen, and the sentence each mention rests on.
// The document is new in this transaction, so its REPORTED_IN is created, once per person (firstReport).
// TOOK_PART links the official to the events of their region that the same document reports (eventIds:
// only those this document has not already linked to them, with this mention's title as the role); it
// rides on the person's row rather than in a statement of its own, saving a Person look-up per link.
// params: $rows: list<{id, name, displayName, key, regionCode, title, date: string|null, searchText,
//                      documentId, firstReport: boolean, quote, start: int, end: int, eventIds: list<string>}>
// returns: people (int)
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.key = row.key, p.aliases = [row.displayName], p.searchText = row.searchText
ON MATCH SET
  p.aliases = CASE WHEN row.displayName IN p.aliases THEN p.aliases ELSE p.aliases + row.displayName END,
  p.searchText = CASE WHEN p.searchText CONTAINS row.searchText THEN p.searchText
    ELSE p.searchText + ' ' + row.searchText END
WITH p, row
MATCH (r:Region {code: row.regionCode})
MERGE (p)-[s:SERVED_AS {title: row.title}]->(r)
ON CREATE SET s.firstSeen = row.date, s.lastSeen = row.date, s.sources = [row.documentId]
ON MATCH SET
  s.firstSeen = CASE WHEN row.date IS NOT NULL AND (s.firstSeen IS NULL OR row.date < s.firstSeen)
    THEN row.date ELSE s.firstSeen END,
  s.lastSeen = CASE WHEN row.date IS NOT NULL AND (s.lastSeen IS NULL OR row.date > s.lastSeen)
    THEN row.date ELSE s.lastSeen END,
  s.sources = CASE WHEN row.documentId IN s.sources THEN s.sources ELSE s.sources + row.documentId END
WITH p, row
CALL (p, row) {
  WITH p, row WHERE row.firstReport
  MATCH (d:Document {id: row.documentId})
  CREATE (p)-[:REPORTED_IN {quote: row.quote, start: row.start, end: row.end, title: row.title}]->(d)
}
WITH p, row
CALL (p, row) {
  UNWIND row.eventIds AS eventId
  MATCH (e:Event {id: eventId})
  MERGE (p)-[t:TOOK_PART]->(e)
  ON CREATE SET t.role = row.title
}
RETURN count(*) AS people
