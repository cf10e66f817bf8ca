// Officials: one Person per real person (ids resolved by the loader), SERVED_AS per title and region with
// the first and last date seen, and the sentence each mention rests on.
// The document is new in this transaction, so its REPORTED_IN is created, once per person and title
// (firstReport), carrying the title: the documents a SERVED_AS rests on are the person's REPORTED_IN with
// its title. SERVED_AS keeps no list of them, because a list on a relationship is rewritten whole on every
// mention and an official's list grows with every article (docs/graph-model.md, Provenance).
// TOOK_PART links the official to the events of their region that the same document reports (events:
// only those this document has not already linked to them, with this mention's title as the role); it
// rides on the person's row rather than in a statement of its own, saving a Person look-up per link.
// Each region, document and linked event is looked up once, at the start, and rows name them by their
// position in $regionCodes, $documentIds and $eventIds (rows.ts, Positions), instead of an index seek per
// row. Positions arrive as JavaScript numbers, hence toInteger. A node is wrapped in a list so that a
// missing one keeps its place (collect skips nulls); a link to a missing one is skipped, as a MATCH would
// skip it.
// params: $regionCodes: list<string>, $documentIds: list<string>, $eventIds: list<string>,
//         $rows: list<{id, name, displayName, key, region: int, title, date: string|null, searchText,
//                      document: int, firstReport: boolean, quote, start: int, end: int, events: list<int>}>
// returns: people (int)
// Planned once per Neo4j process (replan=skip): every pattern starts from an index seek, so the plan made
// on an empty graph stays right as it grows (docs/graph-model.md, Loading).
CYPHER replan=skip
CALL () {
  UNWIND $regionCodes AS code
  OPTIONAL MATCH (r:Region {code: code}) USING INDEX r:Region(code)
  RETURN collect([r]) AS regions
}
CALL () {
  UNWIND $documentIds AS id
  OPTIONAL MATCH (d:Document {id: id}) USING INDEX d:Document(id)
  RETURN collect([d]) AS documents
}
CALL () {
  UNWIND $eventIds AS id
  OPTIONAL MATCH (e:Event {id: id}) USING INDEX e:Event(id)
  RETURN collect([e]) AS events
}
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.key = row.key, p.aliases = [row.displayName], p.searchText = row.searchText
ON MATCH SET
  p.aliases = CASE WHEN row.displayName IN p.aliases THEN p.aliases ELSE p.aliases + row.displayName END,
  p.searchText = CASE WHEN p.searchText CONTAINS row.searchText THEN p.searchText
    ELSE p.searchText + ' ' + row.searchText END
WITH p, row, documents, events, regions[toInteger(row.region)][0] AS r
WHERE r IS NOT NULL
MERGE (p)-[s:SERVED_AS {title: row.title}]->(r)
ON CREATE SET s.firstSeen = row.date, s.lastSeen = row.date
ON MATCH SET
  s.firstSeen = CASE WHEN row.date IS NOT NULL AND (s.firstSeen IS NULL OR row.date < s.firstSeen)
    THEN row.date ELSE s.firstSeen END,
  s.lastSeen = CASE WHEN row.date IS NOT NULL AND (s.lastSeen IS NULL OR row.date > s.lastSeen)
    THEN row.date ELSE s.lastSeen END
WITH p, row, documents, events
CALL (p, row, documents) {
  WITH p, row, documents[toInteger(row.document)][0] AS d
  WHERE row.firstReport AND d IS NOT NULL
  CREATE (p)-[:REPORTED_IN {quote: row.quote, start: row.start, end: row.end, title: row.title}]->(d)
}
WITH p, row, events
CALL (p, row, events) {
  UNWIND row.events AS event
  WITH p, row, events[toInteger(event)][0] AS e
  WHERE e IS NOT NULL
  MERGE (p)-[t:TOOK_PART]->(e)
  ON CREATE SET t.role = row.title
}
RETURN count(*) AS people
