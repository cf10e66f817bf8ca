// Officials already known in these regions, for matching new mentions to them
// (server/pipeline/load/person-identity.ts).
// params: $codes: list<string> of region codes
// returns: id (string), key (string), regionCode (string)
UNWIND $codes AS code
MATCH (p:Person)-[:SERVED_AS]->(:Region {code: code})
RETURN DISTINCT p.id AS id, p.key AS key, code AS regionCode
