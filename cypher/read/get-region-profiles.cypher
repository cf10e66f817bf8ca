// Every region's features for peer similarity: the programmes it runs, the sectors of its events and its
// partners, with how many events it is a party to (a tie-break). Partners as the annotation guide defines
// them: x is r's partner through an event both are parties to whose hub is null, r or x; two co-signers of
// one host are not partners. Read whole, because the similarity weighs each feature by how many regions
// share it; the regions repository keeps the result in memory, keyed by the graph's version.
// params: none
// returns: code, name, kind (string|null), events (int), programs (list<{id, name}>), sectors (list<string>),
//          partners (list<string>); only regions with at least one feature
MATCH (r:Region)
CALL (r) {
  OPTIONAL MATCH (r)-[:RUNS]->(p:Program)
  RETURN collect(DISTINCT {id: p.id, name: p.name}) AS programs
}
CALL (r) {
  OPTIONAL MATCH (r)<-[:PARTY]-(:Event)-[:COVERS]->(s:Sector)
  RETURN collect(DISTINCT s.id) AS sectors
}
CALL (r) {
  OPTIONAL MATCH (r)<-[:PARTY]-(e:Event)-[:PARTY]->(x:Region)
  WHERE e.hub IS NULL OR e.hub IN [r.code, x.code]
  RETURN collect(DISTINCT x.code) AS partners
}
WITH r, [p IN programs WHERE p.id IS NOT NULL] AS programs, sectors, partners
WHERE size(programs) + size(sectors) + size(partners) > 0
RETURN r.code AS code, r.name AS name, r.kind AS kind, COUNT { (r)<-[:PARTY]-() } AS events, programs, sectors,
       partners
