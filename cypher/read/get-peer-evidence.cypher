// The evidence of a peer's side of each shared feature listed as a reason: for a programme or a sector, the
// sentence naming it in the latest report of the latest event the peer is a party to that concerns or
// covers it; for a partner, the sentence naming that partner in the latest event that makes the two partners
// (the annotation guide's partnership: the event's hub is null or one of them). Falls back to the event's
// main sentence when the report kept no sentence of its own for the fact. (Latest: by date, undated last,
// then by id.)
// params: $items: list<{key: string, peer: string (region code), dimension: 'programs'|'sectors'|'partners',
//         feature: string (programme id, sector id or partner's region code)}>
// returns: key, eventId, eventTitle, date (string|null), documentId, title (string|null), quote (string|null),
//          start (int|null), end (int|null); one row per item that has evidence
UNWIND $items AS item
MATCH (b:Region {code: item.peer})
// Each branch is cut to its dimension before it expands anything, and picks its event before it reads any
// report: a hub has thousands of events.
CALL (item, b) {
  WITH item, b
  WHERE item.dimension = 'programs'
  MATCH (b)<-[:PARTY]-(e:Event)-[:CONCERNS]->(:Program {id: item.feature})
  RETURN e
  ORDER BY coalesce(e.date, '') DESC, e.id
  LIMIT 1
  UNION
  WITH item, b
  WHERE item.dimension = 'sectors'
  MATCH (b)<-[:PARTY]-(e:Event)-[:COVERS]->(:Sector {id: item.feature})
  RETURN e
  ORDER BY coalesce(e.date, '') DESC, e.id
  LIMIT 1
  UNION
  WITH item, b
  WHERE item.dimension = 'partners'
  MATCH (b)<-[:PARTY]-(e:Event)-[:PARTY]->(x:Region {code: item.feature})
  WHERE e.hub IS NULL OR e.hub IN [b.code, x.code]
  RETURN e
  ORDER BY coalesce(e.date, '') DESC, e.id
  LIMIT 1
}
CALL (e) {
  MATCH (e)-[r:REPORTED_IN]->(d:Document)
  RETURN r, d
  ORDER BY coalesce(d.publishedAt, '') DESC, d.id
  LIMIT 1
}
WITH item, e, r, d,
     CASE item.dimension
       WHEN 'programs' THEN [i IN range(0, size(coalesce(r.programIds, [])) - 1) WHERE r.programIds[i] = item.feature]
       WHEN 'sectors' THEN [i IN range(0, size(coalesce(r.sectorIds, [])) - 1) WHERE r.sectorIds[i] = item.feature]
       ELSE [i IN range(0, size(coalesce(r.partyCodes, [])) - 1) WHERE r.partyCodes[i] = item.feature]
     END AS at
WITH item, e, r, d,
     CASE WHEN size(at) = 0 THEN r.start
          WHEN item.dimension = 'programs' THEN r.programStarts[at[0]]
          WHEN item.dimension = 'sectors' THEN r.sectorStarts[at[0]]
          ELSE r.partyStarts[at[0]] END AS start,
     CASE WHEN size(at) = 0 THEN r.end
          WHEN item.dimension = 'programs' THEN r.programEnds[at[0]]
          WHEN item.dimension = 'sectors' THEN r.sectorEnds[at[0]]
          ELSE r.partyEnds[at[0]] END AS end
RETURN item.key AS key, e.id AS eventId, e.title AS eventTitle, e.date AS date, d.id AS documentId,
       d.title AS title,
       CASE WHEN start IS NOT NULL AND end IS NOT NULL THEN substring(d.text, start, end - start) ELSE r.quote END
         AS quote,
       start, end
