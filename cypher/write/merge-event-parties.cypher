// Which regions act in each event, in which role, according to which documents.
// params: $rows: list<{eventId, code, role, documentId}>
// returns: parties (int)
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (r:Region {code: row.code})
MERGE (e)-[p:PARTY]->(r)
ON CREATE SET p.role = row.role, p.sources = [row.documentId]
ON MATCH SET p.sources = CASE WHEN row.documentId IN p.sources THEN p.sources ELSE p.sources + row.documentId END
RETURN count(p) AS parties
