// The events two regions both take part in, in date order (undated last), as ids, split as the annotation
// guide pairs parties: those that make them partners (no hub, or one of the two is the hub) and those they
// only shared (another party is the hub: each signed with the host, not with each other).
// params: $a: string, $b: string (region codes)
// returns: partnerships (list<string>), shared (list<string>)
MATCH (:Region {code: $a})<-[:PARTY]-(e:Event)-[:PARTY]->(:Region {code: $b})
WITH e ORDER BY e.date IS NULL, e.date, e.id
WITH collect(e) AS events
RETURN [e IN events WHERE e.hub IS NULL OR e.hub IN [$a, $b] | e.id] AS partnerships,
  [e IN events WHERE NOT (e.hub IS NULL OR e.hub IN [$a, $b]) | e.id] AS shared
