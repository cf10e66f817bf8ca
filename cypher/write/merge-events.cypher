// Events (label Event plus its kind's label) and the sentence each report rests on, with the regions
// that act in each (PARTY, in which role, according to which documents) and the bidang (sectors, a
// controlled vocabulary) it covers. A later report of a known event may make its date more precise
// (month -> day); nothing else of a stored event changes.
// The document is new in this transaction, so its REPORTED_IN is created, once per event (firstReport).
// Parties and sectors ride on the event's row rather than in statements of their own: that saves one
// Event look-up per link and the document id repeated in every link's row.
// params: $rows: list<{id, label, kind, subtype, status, date: string|null, year: int|null, partyKey, title,
//                      place: string|null, placeCode: string|null, searchText, documentId, firstReport: boolean,
//                      quote, start: int, end: int, parties: list<{code, role}>, sectors: list<string>}>
// returns: events (int)
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
WITH e, row
CALL (e, row) {
  WITH e, row WHERE row.date IS NOT NULL AND (e.date IS NULL OR size(row.date) > size(e.date))
  SET e.date = row.date, e.year = row.year
}
WITH e, row
CALL (e, row) {
  WITH e, row WHERE row.firstReport
  MATCH (d:Document {id: row.documentId})
  CREATE (e)-[:REPORTED_IN {quote: row.quote, start: row.start, end: row.end}]->(d)
}
WITH e, row
CALL (e, row) {
  UNWIND row.parties AS party
  MATCH (r:Region {code: party.code})
  MERGE (e)-[p:PARTY]->(r)
  ON CREATE SET p.role = party.role, p.sources = [row.documentId]
  ON MATCH SET p.sources = CASE WHEN row.documentId IN p.sources THEN p.sources ELSE p.sources + row.documentId END
}
WITH e, row
CALL (e, row) {
  UNWIND row.sectors AS sectorId
  MERGE (s:Sector {id: sectorId})
  ON CREATE SET s.name = sectorId
  MERGE (e)-[:COVERS]->(s)
}
RETURN count(*) AS events
