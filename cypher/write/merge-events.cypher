// Events (label Event plus its kind's label) and the sentence each report rests on, with the regions
// that act in each (PARTY, in which role) and the bidang (sectors, a controlled vocabulary) it covers.
// Every report of an event names the same parties (that is what makes it the same event), so a PARTY
// rests on the event's REPORTED_IN documents and keeps no list of its own (docs/graph-model.md).
// A later report of a known event may make its date more precise (month -> day) and fill in a hub or a
// term of validity the first report lacked; nothing else of a stored event changes.
// Each report keeps, beside the event's main sentence, the sentence of each fact it states (each party,
// the date, the term of validity, each sector and programme) as offsets into the document's text: the
// quote is the text between them (rows.ts, factEvidence).
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
//                      firstReport: boolean, hub: string|null, validUntil: string|null,
//                      durationYears: float|null, quote, start: int, end: int,
//                      dateStart, dateEnd, validityStart, validityEnd: int|null,
//                      partyCodes, sectorIds, programIds: list<string>, partyStarts, partyEnds, sectorStarts,
//                      sectorEnds, programStarts, programEnds: list<int>,
//                      parties: list<{region: int, role}>, sectors: list<int>}>
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
  e.searchText = row.searchText,
  e.hub = row.hub,
  e.validUntil = row.validUntil,
  e.durationYears = row.durationYears
SET e:$(row.label)
WITH e, row, regions, documents, sectors
CALL (e, row) {
  WITH e, row WHERE row.date IS NOT NULL AND (e.date IS NULL OR size(row.date) > size(e.date))
  SET e.date = row.date, e.year = row.year
}
WITH e, row, regions, documents, sectors
CALL (e, row) {
  WITH e, row WHERE (e.hub IS NULL AND row.hub IS NOT NULL) OR (e.validUntil IS NULL AND row.validUntil IS NOT NULL)
  SET e.hub = coalesce(e.hub, row.hub),
    e.validUntil = coalesce(e.validUntil, row.validUntil),
    e.durationYears = coalesce(e.durationYears, row.durationYears)
}
WITH e, row, regions, documents, sectors
CALL (e, row, documents) {
  WITH e, row, documents[toInteger(row.document)][0] AS d
  WHERE row.firstReport AND d IS NOT NULL
  CREATE (e)-[:REPORTED_IN {
    quote: row.quote, start: row.start, end: row.end,
    dateStart: row.dateStart, dateEnd: row.dateEnd,
    validityStart: row.validityStart, validityEnd: row.validityEnd,
    partyCodes: row.partyCodes, partyStarts: row.partyStarts, partyEnds: row.partyEnds,
    sectorIds: row.sectorIds, sectorStarts: row.sectorStarts, sectorEnds: row.sectorEnds,
    programIds: row.programIds, programStarts: row.programStarts, programEnds: row.programEnds
  }]->(d)
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
