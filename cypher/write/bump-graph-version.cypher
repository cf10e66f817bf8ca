// The graph's version, moved on by one: the last statement of every write transaction (the loader's
// batches, the API's article, the official regions), so the version changes with every committed write,
// property-only updates included, and never without one. The epoch, drawn when the node is first made,
// tells a graph wiped and written afresh from the one before, whose counter restarts.
// params: none
// returns: version (string: "<epoch>:<counter>")
// Planned once per Neo4j process (replan=skip): a MERGE on the uniqueness constraint is an index seek on
// any graph (docs/graph-model.md, Loading).
CYPHER replan=skip
MERGE (g:GraphState {key: 'graph'})
  ON CREATE SET g.epoch = randomUUID(), g.version = 0
SET g.version = g.version + 1
RETURN g.epoch + ':' + toString(g.version) AS version
