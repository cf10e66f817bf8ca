// Named programmes an event concerns, and RUNS links from every party of the event to the programme.
// A programme named differently in another article (its surface form) is added to its aliases.
// RUNS rests on the reports of the events that concern the programme with the region as a party, so it
// keeps no list of documents, which would grow with every article on the programme (docs/graph-model.md).
// params: $rows: list<{eventId, id, name, surface, searchText, partyCodes: list<string>}>
// returns: programs (int)
// Planned once per Neo4j process (replan=skip): every pattern starts from an index seek, so the plan made
// on an empty graph stays right as it grows (docs/graph-model.md, Loading).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId}) USING INDEX e:Event(id)
MERGE (p:Program {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = [row.surface], p.searchText = row.searchText
ON MATCH SET
  p.aliases = CASE WHEN row.surface IN p.aliases THEN p.aliases ELSE p.aliases + row.surface END,
  p.searchText = CASE WHEN p.searchText CONTAINS row.searchText THEN p.searchText
    ELSE p.searchText + ' ' + row.searchText END
MERGE (e)-[:CONCERNS]->(p)
WITH p, row
UNWIND row.partyCodes AS code
MATCH (r:Region {code: code}) USING INDEX r:Region(code)
MERGE (r)-[run:RUNS]->(p)
RETURN count(run) AS programs
