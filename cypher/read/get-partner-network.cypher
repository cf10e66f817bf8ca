// The whole partnership network, for the API to keep in memory: every region (with its number of events)
// and every pair of partners, with the derived PARTNER edge (weight = events making them partners, first
// and last date, kinds). Two parties of an event are partners through it when it has no hub or one of them
// is its hub (annotation guide): the regions that each signed with one host are not partners of each other. expand-partners computes the same per frontier without filters;
// server/plugins/app/graph/partner-network.ts answers unfiltered neighbourhoods from this instead. One row per
// region or pair, not one row of lists: the driver then decodes as the rows arrive, in small steps, and
// never holds the event loop for the whole network at once.
// params: none
// returns: row ('region' | 'pair'), a (string: the region, or the pair's first code), b (string|null),
//          labels (list<string>|null), name, kind (string|null), events (int|null), weight (int|null),
//          firstDate, lastDate (string|null), kinds (list<string>|null)
MATCH (r:Region)
RETURN 'region' AS row, r.code AS a, null AS b, labels(r) AS labels, r.name AS name, r.kind AS kind,
  COUNT { (r)<-[:PARTY]-() } AS events, null AS weight, null AS firstDate, null AS lastDate, null AS kinds
UNION ALL
MATCH (ra:Region)<-[:PARTY]-(e:Event)-[:PARTY]->(rb:Region)
WHERE ra.code < rb.code AND (e.hub IS NULL OR e.hub IN [ra.code, rb.code])
WITH ra.code AS a, rb.code AS b, count(e) AS weight, min(e.date) AS firstDate, max(e.date) AS lastDate,
  collect(DISTINCT e.kind) AS kinds
RETURN 'pair' AS row, a, b, null AS labels, null AS name, null AS kind, null AS events, weight, firstDate,
  lastDate, kinds
