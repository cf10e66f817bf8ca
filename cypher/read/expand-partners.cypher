// One hop of the partnership network: for each frontier region (its node shape and its number of events),
// its partners through the events passing the filters, and the derived PARTNER edge (weight = such events,
// first and last date, kinds). Two parties of an event are partners through it when it has no hub or one
// of them is its hub (annotation guide), as in get-partner-network. Partners already in the answer
// ($known) all come back, for the edges between them; new ones only the $budget heaviest, so a hub with
// hundreds of partners costs one sorted slice, not hundreds of rows. A frontier code that names no region
// gives no row, which is how a neighbourhood centred on a region finds out it does not exist, in the same
// query.
// Filters: a null list or bound means "no filter"; dates compare at the precision of the bound.
// params: $codes: list<string>, $known: list<string>, $budget: int, $kinds: list<string>|null,
//         $sectors: list<string>|null, $from: string|null, $to: string|null
// returns: code (string), node ({labels, key, name, kind, date}), events (int),
//          partners (list<{node, events, weight, firstDate, lastDate, kinds}>), total (int: partners before
//          the budget cut)
UNWIND $codes AS code
MATCH (r:Region {code: code})
CALL (r) {
  MATCH (r)<-[:PARTY]-(e:Event)-[:PARTY]->(p:Region)
  WHERE (e.hub IS NULL OR e.hub IN [r.code, p.code])
    AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($from IS NULL OR left(e.date, size($from)) >= $from)
    AND ($to IS NULL OR left(e.date, size($to)) <= $to)
    AND ($sectors IS NULL OR EXISTS { (e)-[:COVERS]->(s:Sector) WHERE s.id IN $sectors })
  WITH p, count(e) AS weight, min(e.date) AS firstDate, max(e.date) AS lastDate, collect(DISTINCT e.kind) AS kinds
  ORDER BY weight DESC, p.code
  WITH p.code IN $known AS known,
    collect({
      node: {labels: labels(p), key: p.code, name: p.name, kind: p.kind, date: null},
      events: COUNT { (p)<-[:PARTY]-() },
      weight: weight, firstDate: firstDate, lastDate: lastDate, kinds: kinds
    }) AS partners
  RETURN collect(CASE WHEN known THEN partners ELSE partners[..$budget] END) AS groups,
    sum(size(partners)) AS total
}
RETURN code, {labels: labels(r), key: r.code, name: r.name, kind: r.kind, date: null} AS node,
  COUNT { (r)<-[:PARTY]-() } AS events, reduce(acc = [], g IN groups | acc + g) AS partners, total
