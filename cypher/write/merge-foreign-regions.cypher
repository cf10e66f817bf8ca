// Regions abroad as they appear: a country ("JP") or a place in it ("JP/Kochi") linked to its country.
// params: $rows: list<{code, name, kind, searchText, countryCode: string|null, countryName: string|null,
//                      countrySearchText: string|null}>
// returns: regions (int)
// Planned once per Neo4j process (replan=skip): every pattern starts from an index seek, so the plan made
// on an empty graph stays right as it grows (docs/graph-model.md, Loading).
CYPHER replan=skip
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
ON CREATE SET r.name = row.name, r.kind = row.kind, r.official = false, r.searchText = row.searchText
WITH r, row
CALL (r, row) {
  WITH r, row WHERE row.countryCode IS NOT NULL
  MERGE (c:Region {code: row.countryCode})
  ON CREATE SET c.name = row.countryName, c.kind = 'country', c.official = false,
    c.searchText = row.countrySearchText
  MERGE (r)-[:IN_COUNTRY]->(c)
}
RETURN count(*) AS regions
