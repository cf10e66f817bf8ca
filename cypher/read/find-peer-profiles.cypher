// What the peers of one region are computed from when no in-memory profile index answers: its profile and
// the profiles of every region sharing a feature with it in the chosen dimensions (the same features as
// get-region-profiles: programmes run, sectors of its events, partners by the annotation guide's
// partnership, where x is r's partner through an event whose hub is null, r or x), with, for every feature
// in them, how many regions hold it (the feature's weight needs it) and each partner's name. The region's
// own partners are always read, since existing partners are left out of its peers by default.
// params: $code: string (region code), $by: list<string> (of programs, sectors, partners)
// returns: profiles (list<{code, name, kind, events: int, programs: list<{id, name}>, sectors: list<string>,
//          partners: list<string>}>), holders (list<{feature: string, regions: int}>: "program:<id>",
//          "sector:<id>" or a partner's code), names (list<{code, name}>: every partner's); no row for an
//          unknown region
MATCH (a:Region {code: $code})
CALL (a) {
  RETURN a AS b
  UNION
  MATCH (a)-[:RUNS]->(:Program)<-[:RUNS]-(b:Region)
  WHERE 'programs' IN $by
  RETURN b
  UNION
  MATCH (a)<-[:PARTY]-(:Event)-[:COVERS]->(s:Sector)
  WHERE 'sectors' IN $by
  WITH DISTINCT s
  MATCH (s)<-[:COVERS]-(:Event)-[:PARTY]->(b:Region)
  RETURN DISTINCT b
  UNION
  MATCH (a)<-[:PARTY]-(e:Event)-[:PARTY]->(x:Region)
  WHERE 'partners' IN $by AND (e.hub IS NULL OR e.hub IN [a.code, x.code])
  WITH DISTINCT x
  MATCH (x)<-[:PARTY]-(f:Event)-[:PARTY]->(b:Region)
  WHERE f.hub IS NULL OR f.hub IN [x.code, b.code]
  RETURN DISTINCT b
}
CALL (b) {
  OPTIONAL MATCH (b)-[:RUNS]->(p:Program)
  WHERE 'programs' IN $by
  RETURN collect(DISTINCT {id: p.id, name: p.name}) AS programs
}
CALL (b) {
  OPTIONAL MATCH (b)<-[:PARTY]-(:Event)-[:COVERS]->(s:Sector)
  WHERE 'sectors' IN $by
  RETURN collect(DISTINCT s.id) AS sectors
}
CALL (a, b) {
  OPTIONAL MATCH (b)<-[:PARTY]-(e:Event)-[:PARTY]->(x:Region)
  WHERE ('partners' IN $by OR b = a) AND (e.hub IS NULL OR e.hub IN [b.code, x.code])
  RETURN collect(DISTINCT x) AS partners
}
WITH collect({
  code: b.code, name: b.name, kind: b.kind, events: COUNT { (b)<-[:PARTY]-() },
  programs: [p IN programs WHERE p.id IS NOT NULL], sectors: sectors, partners: [x IN partners | x.code]
}) AS profiles, collect(partners) AS partnerLists
CALL (profiles) {
  UNWIND profiles AS profile
  UNWIND profile.programs AS program
  WITH DISTINCT program.id AS id
  MATCH (g:Program {id: id})
  RETURN collect({feature: 'program:' + id, regions: COUNT { (g)<-[:RUNS]-(:Region) }}) AS programHolders
}
CALL (profiles) {
  UNWIND profiles AS profile
  UNWIND profile.sectors AS id
  WITH DISTINCT id
  MATCH (s:Sector {id: id})
  CALL (s) {
    MATCH (s)<-[:COVERS]-(:Event)-[:PARTY]->(r:Region)
    RETURN count(DISTINCT r) AS regions
  }
  RETURN collect({feature: 'sector:' + id, regions: regions}) AS sectorHolders
}
CALL (partnerLists) {
  UNWIND partnerLists AS partners
  UNWIND partners AS y
  WITH DISTINCT y
  CALL (y) {
    MATCH (y)<-[:PARTY]-(e:Event)-[:PARTY]->(r:Region)
    WHERE e.hub IS NULL OR e.hub IN [y.code, r.code]
    RETURN count(DISTINCT r) AS regions
  }
  RETURN collect({feature: y.code, regions: regions}) AS partnerHolders, collect({code: y.code, name: y.name}) AS names
}
RETURN profiles, programHolders + sectorHolders + partnerHolders AS holders, names
