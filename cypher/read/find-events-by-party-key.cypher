// Stored events that a new report might describe: same kind and same set of parties (the loader then
// compares dates in code, see server/pipeline/load/event-identity.ts).
// params: $keys: list<{kind: string, partyKey: string}>
// returns: id (string), kind (string), partyKey (string), date (string|null)
// Planned once per Neo4j process (replan=skip): every pattern starts from an index seek, so the plan made
// on an empty graph stays right as it grows (docs/graph-model.md, Loading).
CYPHER replan=skip
UNWIND $keys AS key
MATCH (e:Event {kind: key.kind, partyKey: key.partyKey})
USING INDEX e:Event(kind, partyKey)
RETURN e.id AS id, e.kind AS kind, e.partyKey AS partyKey, e.date AS date
