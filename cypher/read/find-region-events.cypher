// A region's events passing the filters, in date order (undated last), as ids; the route then reads them
// with get-event-items. When more than $limit match, the newest are kept: the last $limit dated events,
// or every dated event and the first undated ones when fewer than $limit are dated.
// params: $code: string, $kinds: list<string>|null, $sectors: list<string>|null, $from: string|null,
//         $to: string|null, $limit: int
// returns: ids (list<string>), total (int)
MATCH (:Region {code: $code})<-[:PARTY]-(e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR left(e.date, size($from)) >= $from)
  AND ($to IS NULL OR left(e.date, size($to)) <= $to)
  AND ($sectors IS NULL OR EXISTS { (e)-[:COVERS]->(s:Sector) WHERE s.id IN $sectors })
WITH e ORDER BY e.date IS NULL, e.date, e.id
WITH collect(e.id) AS ids, sum(CASE WHEN e.date IS NULL THEN 0 ELSE 1 END) AS dated
WITH ids, CASE WHEN dated > $limit THEN dated - $limit ELSE 0 END AS first
RETURN ids[first..first + $limit] AS ids, size(ids) AS total
