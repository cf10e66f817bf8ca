// How many nodes and relationships the graph holds, both from Neo4j's count store (constant time): the
// API's response cache keys its answers by these two numbers, so an answer is never served again once a
// write (from this API or from `npm run ingest` in another process) has added anything. Every ingested
// article adds at least its Document node, and nothing is ever deleted, so the pair moves with every write.
// params: none
// returns: nodes (int), relationships (int)
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
