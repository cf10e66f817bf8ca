// Every region an article mentions, with where (for the article view's highlighted spans), party or not.
// One row per region and (new) document, so the link is created, not merged.
// Each region and document is looked up once, at the start, and rows name them by their position in
// $regionCodes and $documentIds (rows.ts, Positions). Positions arrive as JavaScript numbers, hence
// toInteger. A node is wrapped in a list so that a missing one keeps its place (collect skips nulls); a
// row whose region or document is missing creates nothing, as a MATCH would.
// params: $regionCodes: list<string>, $documentIds: list<string>,
//         $rows: list<{region: int, document: int, isParty: boolean, quote, starts: list<int>, ends: list<int>}>
// returns: mentions (int)
// Planned once per Neo4j process (replan=skip): every pattern starts from an index seek, so the plan made
// on an empty graph stays right as it grows (docs/graph-model.md, Loading).
CYPHER replan=skip
CALL () {
  UNWIND $regionCodes AS code
  OPTIONAL MATCH (r:Region {code: code}) USING INDEX r:Region(code)
  RETURN collect([r]) AS regions
}
CALL () {
  UNWIND $documentIds AS id
  OPTIONAL MATCH (d:Document {id: id}) USING INDEX d:Document(id)
  RETURN collect([d]) AS documents
}
UNWIND $rows AS row
WITH row, regions[toInteger(row.region)][0] AS r, documents[toInteger(row.document)][0] AS d
WHERE r IS NOT NULL AND d IS NOT NULL
CREATE (r)-[m:MENTIONED_IN {isParty: row.isParty, quote: row.quote, starts: row.starts, ends: row.ends}]->(d)
RETURN count(m) AS mentions
