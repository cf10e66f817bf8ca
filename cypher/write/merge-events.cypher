// Events (label Event plus its kind's label) and the sentence each report rests on, with the regions
// that act in each (PARTY, in which role) and the bidang (sectors, a controlled vocabulary) it covers.
// Every report of an event names the same parties (that is what makes it the same event), so a PARTY
// rests on the event's REPORTED_IN documents and keeps no list of its own (docs/graph-model.md).
// A later report of a known event may make its date more precise (month -> day); nothing else of a stored
// event changes.
// The document is new in this transaction, so its REPORTED_IN is created, once per event (firstReport).
// Parties and sectors ride on the event's row rather than in statements of their own: that saves one
// Event look-up per link and the document id repeated in every link's row.
// Each region and document is looked up once, and each sector merged once, at the start, and rows name
// them by their position in $regionCodes, $documentIds and $sectorIds (rows.ts, Positions), instead of
// an index seek per row. Positions arrive as JavaScript numbers, hence toInteger. A node is wrapped in a
// list so that a missing one keeps its place (collect skips nulls); a link to a missing one is skipped,
// as a MATCH would skip it.
// params: $regionCodes: list<string>, $documentIds: list<string>, $sectorIds: list<string>,
//         $rows: list<{id, label, kind, subtype, status, date: string|null, year: int|null, partyKey, title,
//                      place: string|null, placeCode: string|null, searchText, document: int,
//                      firstReport: boolean, quote, start: int, end: int, parties: list<{region: int, role}>,
//                      sectors: list<int>}>
// returns: events (int)
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
  UNWIND $sectorIds AS sectorId
  MERGE (s:Sector {id: sectorId})
  ON CREATE SET s.name = sectorId
  RETURN collect(s) AS sectors
}
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET
  e.kind = row.kind,
  e.subtype = row.subtype,
  e.status = row.status,
  e.date = row.date,
  e.year = row.year,
  e.partyKey = row.partyKey,
  e.title = row.title,
  e.place = row.place,
  e.placeCode = row.placeCode,
  e.searchText = row.searchText
SET e:$(row.label)
WITH e, row, regions, documents, sectors
CALL (e, row) {
  WITH e, row WHERE row.date IS NOT NULL AND (e.date IS NULL OR size(row.date) > size(e.date))
  SET e.date = row.date, e.year = row.year
}
WITH e, row, regions, documents, sectors
CALL (e, row, documents) {
  WITH e, row, documents[toInteger(row.document)][0] AS d
  WHERE row.firstReport AND d IS NOT NULL
  CREATE (e)-[:REPORTED_IN {quote: row.quote, start: row.start, end: row.end}]->(d)
}
WITH e, row, regions, sectors
CALL (e, row, regions) {
  UNWIND row.parties AS party
  WITH e, party, regions[toInteger(party.region)][0] AS r
  WHERE r IS NOT NULL
  MERGE (e)-[p:PARTY]->(r)
  ON CREATE SET p.role = party.role
}
WITH e, row, sectors
CALL (e, row, sectors) {
  UNWIND row.sectors AS sector
  WITH e, sectors[toInteger(sector)] AS s
  MERGE (e)-[:COVERS]->(s)
}
RETURN count(*) AS events
