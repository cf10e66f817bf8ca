// The regions a node other than a region is tied to, each tie as an edge, for the first ring of its
// neighbourhood: an event's parties (PARTY, with the role); the regions an official served (SERVED_AS,
// with the title); the regions running a programme (RUNS); the parties of the events an organisation
// witnessed, facilitated or signed, or of the events covering a sector (INVOLVED, weight = events). The
// event filters apply wherever events are involved. Heaviest ties first, at most $limit.
// params: $elementId: string, $limit: int, $kinds: list<string>|null, $sectors: list<string>|null,
//         $from: string|null, $to: string|null
// returns: anchors (list<{node, events, type, role, weight, firstDate, lastDate, kinds}>), total (int)
MATCH (n) WHERE elementId(n) = $elementId
CALL (n) {
  MATCH (n:Event)-[t:PARTY]->(r:Region)
  WHERE ($kinds IS NULL OR n.kind IN $kinds)
    AND ($from IS NULL OR left(n.date, size($from)) >= $from)
    AND ($to IS NULL OR left(n.date, size($to)) <= $to)
    AND ($sectors IS NULL OR EXISTS { (n)-[:COVERS]->(s:Sector) WHERE s.id IN $sectors })
  RETURN r, 'PARTY' AS type, t.role AS role, 1 AS weight, n.date AS firstDate, n.date AS lastDate,
    [n.kind] AS kinds
  UNION ALL
  MATCH (n:Person)-[t:SERVED_AS]->(r:Region)
  RETURN r, 'SERVED_AS' AS type, t.title AS role, null AS weight, t.firstSeen AS firstDate,
    t.lastSeen AS lastDate, null AS kinds
  UNION ALL
  MATCH (n:Program)<-[:RUNS]-(r:Region)
  RETURN r, 'RUNS' AS type, null AS role, null AS weight, null AS firstDate, null AS lastDate, null AS kinds
  UNION ALL
  MATCH (n)-[:WITNESSED|FACILITATED|PARTY_TO]->(e:Event)-[:PARTY]->(r:Region)
  WHERE n:Organization
    AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($from IS NULL OR left(e.date, size($from)) >= $from)
    AND ($to IS NULL OR left(e.date, size($to)) <= $to)
    AND ($sectors IS NULL OR EXISTS { (e)-[:COVERS]->(s:Sector) WHERE s.id IN $sectors })
  RETURN r, 'INVOLVED' AS type, null AS role, count(DISTINCT e) AS weight, min(e.date) AS firstDate,
    max(e.date) AS lastDate, collect(DISTINCT e.kind) AS kinds
  UNION ALL
  MATCH (n)<-[:COVERS]-(e:Event)-[:PARTY]->(r:Region)
  WHERE n:Sector
    AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($from IS NULL OR left(e.date, size($from)) >= $from)
    AND ($to IS NULL OR left(e.date, size($to)) <= $to)
  RETURN r, 'INVOLVED' AS type, null AS role, count(DISTINCT e) AS weight, min(e.date) AS firstDate,
    max(e.date) AS lastDate, collect(DISTINCT e.kind) AS kinds
}
WITH r, type, role, weight, firstDate, lastDate, kinds
ORDER BY coalesce(weight, 1) DESC, r.code
WITH collect({
  node: {labels: labels(r), key: r.code, name: r.name, kind: r.kind, date: null},
  events: COUNT { (r)<-[:PARTY]-() },
  type: type, role: role, weight: weight, firstDate: firstDate, lastDate: lastDate, kinds: kinds
}) AS anchors
RETURN anchors[..$limit] AS anchors, size(anchors) AS total
