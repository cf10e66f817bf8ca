// Organisations around an event: WITNESSED, FACILITATED or PARTY_TO it, with the quote that says so.
// $rows.relType is one of those three, chosen by the loader from a fixed map, never from input text.
// params: $rows: list<{eventId, id, name, acronym: string|null, kind, relType, searchText, documentId, quote,
//                      start: int, end: int}>
// returns: organizations (int)
// Planned once per Neo4j process (replan=skip): every pattern starts from an index seek, so the plan made
// on an empty graph stays right as it grows (docs/graph-model.md, Loading).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId}) USING INDEX e:Event(id)
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.acronym = row.acronym, o.kind = row.kind, o.searchText = row.searchText
MERGE (o)-[rel:$(row.relType)]->(e)
ON CREATE SET rel.sources = [row.documentId], rel.quote = row.quote, rel.start = row.start, rel.end = row.end
ON MATCH SET rel.sources = CASE WHEN row.documentId IN rel.sources THEN rel.sources
  ELSE rel.sources + row.documentId END
RETURN count(o) AS organizations
