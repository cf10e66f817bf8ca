// Which of these documents are already in the graph (the loader skips them).
// params: $ids: list<string> of document ids ("sha256:…")
// returns: id (string), one row per stored document
// Planned once per Neo4j process (replan=skip): every pattern starts from an index seek, so the plan made
// on an empty graph stays right as it grows (docs/graph-model.md, Loading).
CYPHER replan=skip
UNWIND $ids AS id
MATCH (d:Document {id: id}) USING INDEX d:Document(id)
RETURN d.id AS id
