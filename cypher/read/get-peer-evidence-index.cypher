// Every event with what the peer index needs to choose, per (region, shared feature), the event and the
// sentence that get-peer-evidence.cypher would choose for it: its date and id (the order "latest first"),
// its parties, hub, sectors and programmes, and its latest report (by publication, undated last, then by
// id) with that report's offsets of each fact. Read whole in the background and kept in memory keyed by
// the graph's version (peer-evidence-index.ts); no text is read, only offsets, except the report's main
// sentence where it has no offsets (a report from before they were kept).
// params: none
// returns: id, title, date (string|null), hub (string|null), parties (list<string>: one code per PARTY
//          relationship), sectors (list<string>), programs (list<string>), documentId (string|null: the
//          event has no report), documentTitle (string|null), start, end (int|null), quote (string|null:
//          only where start or end is null), partyCodes, partyStarts, partyEnds, sectorIds, sectorStarts,
//          sectorEnds, programIds, programStarts, programEnds (lists, or null where the report kept none)
MATCH (e:Event)
CALL (e) {
  OPTIONAL MATCH (e)-[r:REPORTED_IN]->(d:Document)
  WITH r, d
  ORDER BY coalesce(d.publishedAt, '') DESC, d.id
  LIMIT 1
  RETURN r, d
}
RETURN
  e.id AS id, e.title AS title, e.date AS date, e.hub AS hub,
  [(e)-[:PARTY]->(x:Region) | x.code] AS parties,
  [(e)-[:COVERS]->(s:Sector) | s.id] AS sectors,
  [(e)-[:CONCERNS]->(g:Program) | g.id] AS programs,
  d.id AS documentId, d.title AS documentTitle, r.start AS start, r.end AS end,
  CASE WHEN r.start IS NULL OR r.end IS NULL THEN r.quote END AS quote,
  r.partyCodes AS partyCodes, r.partyStarts AS partyStarts, r.partyEnds AS partyEnds,
  r.sectorIds AS sectorIds, r.sectorStarts AS sectorStarts, r.sectorEnds AS sectorEnds,
  r.programIds AS programIds, r.programStarts AS programStarts, r.programEnds AS programEnds
