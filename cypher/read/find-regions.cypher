// Regions by code, for the routes addressed by region codes (timeline, peers, pairs).
// params: $codes: list<string>
// returns: code (string), name (string), kind (string|null); one row per region found
UNWIND $codes AS code
MATCH (r:Region {code: code})
RETURN r.code AS code, r.name AS name, r.kind AS kind
