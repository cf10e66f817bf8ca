// Officials already known in these regions, for matching new mentions to them
// (server/pipeline/load/person-identity.ts).
// params: $codes: list<string> of region codes
// returns: id (string), key (string), regionCode (string)
// Planned once per Neo4j process (replan=skip): every pattern starts from an index seek, so the plan made
// on an empty graph stays right as it grows (docs/graph-model.md, Loading).
CYPHER replan=skip
UNWIND $codes AS code
MATCH (p:Person)-[:SERVED_AS]->(r:Region {code: code})
USING INDEX r:Region(code)
RETURN DISTINCT p.id AS id, p.key AS key, code AS regionCode
