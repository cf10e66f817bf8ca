// The events two regions both take part in, in date order (undated last), as ids.
// params: $a: string, $b: string (region codes)
// returns: ids (list<string>)
MATCH (:Region {code: $a})<-[:PARTY]-(e:Event)-[:PARTY]->(:Region {code: $b})
WITH e ORDER BY e.date IS NULL, e.date, e.id
RETURN collect(e.id) AS ids
