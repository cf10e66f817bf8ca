// The evidence of a peer's side of each shared feature listed as a reason: for a programme or a sector, the
// sentence naming it in the latest report of the latest event the peer is a party to that concerns or
// covers it; for a partner, the sentence naming that partner in the latest event that makes the two partners
// (the annotation guide's partnership: the event's hub is null or one of them). Falls back to the event's
// main sentence when the report kept no sentence of its own for the fact.
// params: $items: list<{key: string, peer: string (region code), dimension: 'programs'|'sectors'|'partners',
//         feature: string (programme id, sector id or partner's region code)}>
// returns: key, eventId, eventTitle, date (string|null), documentId, title (string|null), quote (string|null),
//          start (int|null), end (int|null); one row per item that has evidence
UNWIND $items AS item
MATCH (b:Region {code: item.peer})
CALL (item, b) {
  MATCH (b)<-[:PARTY]-(e:Event)-[:CONCERNS]->(:Program {id: item.feature})
  WHERE item.dimension = 'programs'
  MATCH (e)-[r:REPORTED_IN]->(d:Document)
  WITH e, r, d, [i IN range(0, size(coalesce(r.programIds, [])) - 1) WHERE r.programIds[i] = item.feature] AS at
  RETURN e, r, d, CASE WHEN size(at) > 0 THEN r.programStarts[at[0]] END AS factStart,
         CASE WHEN size(at) > 0 THEN r.programEnds[at[0]] END AS factEnd
  UNION
  MATCH (b)<-[:PARTY]-(e:Event)-[:COVERS]->(:Sector {id: item.feature})
  WHERE item.dimension = 'sectors'
  MATCH (e)-[r:REPORTED_IN]->(d:Document)
  WITH e, r, d, [i IN range(0, size(coalesce(r.sectorIds, [])) - 1) WHERE r.sectorIds[i] = item.feature] AS at
  RETURN e, r, d, CASE WHEN size(at) > 0 THEN r.sectorStarts[at[0]] END AS factStart,
         CASE WHEN size(at) > 0 THEN r.sectorEnds[at[0]] END AS factEnd
  UNION
  MATCH (b)<-[:PARTY]-(e:Event)-[:PARTY]->(x:Region {code: item.feature})
  WHERE item.dimension = 'partners' AND (e.hub IS NULL OR e.hub IN [b.code, x.code])
  MATCH (e)-[r:REPORTED_IN]->(d:Document)
  WITH e, r, d, [i IN range(0, size(coalesce(r.partyCodes, [])) - 1) WHERE r.partyCodes[i] = item.feature] AS at
  RETURN e, r, d, CASE WHEN size(at) > 0 THEN r.partyStarts[at[0]] END AS factStart,
         CASE WHEN size(at) > 0 THEN r.partyEnds[at[0]] END AS factEnd
}
WITH item, e, r, d, coalesce(factStart, r.start) AS start, coalesce(factEnd, r.end) AS end
ORDER BY item.key, coalesce(e.date, '') DESC, coalesce(d.publishedAt, '') DESC, e.id, d.id
WITH item, head(collect({e: e, r: r, d: d, start: start, end: end})) AS best
RETURN item.key AS key, best.e.id AS eventId, best.e.title AS eventTitle, best.e.date AS date,
       best.d.id AS documentId, best.d.title AS title,
       CASE
         WHEN best.start IS NOT NULL AND best.end IS NOT NULL
           THEN substring(best.d.text, best.start, best.end - best.start)
         ELSE best.r.quote
       END AS quote,
       best.start AS start, best.end AS end
