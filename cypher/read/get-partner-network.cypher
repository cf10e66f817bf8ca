// The whole partnership network at once, for the API to keep in memory: every region (with its number of
// events) and every pair of regions sharing at least one event, with the derived PARTNER edge (weight =
// shared events, first and last date, kinds). expand-partners computes the same per frontier without
// filters; server/plugins/app/partner-network.ts answers unfiltered neighbourhoods from this instead.
// params: none
// returns: regions (list<{code, labels, name, kind, events}>),
//          pairs (list<{a, b, weight, firstDate, lastDate, kinds}>), a < b
CALL () {
  MATCH (r:Region)
  RETURN collect({
    code: r.code, labels: labels(r), name: r.name, kind: r.kind, events: COUNT { (r)<-[:PARTY]-() }
  }) AS regions
}
CALL () {
  MATCH (a:Region)<-[:PARTY]-(e:Event)-[:PARTY]->(b:Region)
  WHERE a.code < b.code
  WITH a.code AS a, b.code AS b, count(e) AS weight, min(e.date) AS firstDate, max(e.date) AS lastDate,
    collect(DISTINCT e.kind) AS kinds
  RETURN collect({a: a, b: b, weight: weight, firstDate: firstDate, lastDate: lastDate, kinds: kinds}) AS pairs
}
RETURN regions, pairs
