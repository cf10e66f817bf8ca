// The bidang (sectors, a controlled vocabulary) each event covers.
// params: $rows: list<{eventId, sectorId, name}>
// returns: sectors (int)
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MERGE (s:Sector {id: row.sectorId})
ON CREATE SET s.name = row.name
MERGE (e)-[:COVERS]->(s)
RETURN count(s) AS sectors
