// Every region an article mentions, with where (for the article view's highlighted spans), party or not.
// params: $rows: list<{code, documentId, isParty: boolean, quote, starts: list<int>, ends: list<int>}>
// returns: mentions (int)
UNWIND $rows AS row
MATCH (r:Region {code: row.code})
MATCH (d:Document {id: row.documentId})
MERGE (r)-[m:MENTIONED_IN]->(d)
ON CREATE SET m.isParty = row.isParty, m.quote = row.quote, m.starts = row.starts, m.ends = row.ends
RETURN count(m) AS mentions
