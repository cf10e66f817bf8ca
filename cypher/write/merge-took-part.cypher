// Officials taking part in events of their region reported in the same document.
// params: $rows: list<{personId, eventId, title}>
// returns: links (int)
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (e:Event {id: row.eventId})
MERGE (p)-[t:TOOK_PART]->(e)
ON CREATE SET t.role = row.title
RETURN count(t) AS links
