// Every region an article mentions, with where (for the article view's highlighted spans), party or not.
// One row per region and (new) document, so the link is created, not merged.
// params: $rows: list<{code, documentId, isParty: boolean, quote, starts: list<int>, ends: list<int>}>
// returns: mentions (int)
UNWIND $rows AS row
MATCH (r:Region {code: row.code})
MATCH (d:Document {id: row.documentId})
CREATE (r)-[m:MENTIONED_IN {isParty: row.isParty, quote: row.quote, starts: row.starts, ends: row.ends}]->(d)
RETURN count(m) AS mentions
