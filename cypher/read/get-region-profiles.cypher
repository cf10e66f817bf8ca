// Every region's features for peer similarity: the programmes it runs, the sectors of its events and its
// partners (regions sharing an event). Read whole, because the similarity weighs each feature by how many
// regions share it; the regions repository keeps the result in memory for a minute.
// params: none
// returns: code, name, kind (string|null), programs (list<{id, name}>), sectors (list<string>),
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
  OPTIONAL MATCH (r)<-[:PARTY]-(:Event)-[:PARTY]->(x:Region)
  RETURN collect(DISTINCT x.code) AS partners
}
WITH r, [p IN programs WHERE p.id IS NOT NULL] AS programs, sectors, partners
WHERE size(programs) + size(sectors) + size(partners) > 0
RETURN r.code AS code, r.name AS name, r.kind AS kind, programs, sectors, partners
