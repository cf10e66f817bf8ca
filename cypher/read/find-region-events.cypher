// A region's events passing the filters, in date order (undated last), as ids; the route then reads the
// first $limit of them with get-event-items.
// params: $code: string, $kinds: list<string>|null, $sectors: list<string>|null, $from: string|null,
//         $to: string|null, $limit: int
// returns: ids (list<string>), total (int)
MATCH (:Region {code: $code})<-[:PARTY]-(e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR left(e.date, size($from)) >= $from)
  AND ($to IS NULL OR left(e.date, size($to)) <= $to)
  AND ($sectors IS NULL OR EXISTS { (e)-[:COVERS]->(s:Sector) WHERE s.id IN $sectors })
WITH e ORDER BY e.date IS NULL, e.date, e.id
WITH collect(e.id) AS ids
RETURN ids[..$limit] AS ids, size(ids) AS total
