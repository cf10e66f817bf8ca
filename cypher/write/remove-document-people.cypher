// First step of removing a document's facts (load/replace-document.ts): the officials it reports. Its
// REPORTED_IN links go; a SERVED_AS whose title no other document reports goes; a TOOK_PART in an event this
// document reports goes when no other document reports both the official and the event; an official no
// document reports any more goes with all their links. What other documents also report stays.
// (A kept SERVED_AS keeps its firstSeen/lastSeen: they are not recomputed without this document.)
// params: $id: string (document id)
// returns: people (int), the officials removed
MATCH (d:Document {id: $id})
OPTIONAL MATCH (p:Person)-[rep:REPORTED_IN]->(d)
WITH d, p, collect(rep) AS reports, collect(DISTINCT rep.title) AS titles
FOREACH (rep IN reports | DELETE rep)
WITH d, p, titles
CALL (p, titles) {
  WITH p, titles WHERE p IS NOT NULL
  UNWIND titles AS title
  MATCH (p)-[s:SERVED_AS {title: title}]->(:Region)
  WHERE NOT EXISTS { (p)-[:REPORTED_IN {title: title}]->(:Document) }
  DELETE s
}
CALL (p, d) {
  WITH p, d WHERE p IS NOT NULL
  MATCH (p)-[t:TOOK_PART]->(e:Event)-[:REPORTED_IN]->(d)
  WHERE NOT EXISTS { (p)-[:REPORTED_IN]->(:Document)<-[:REPORTED_IN]-(e) }
  DELETE t
}
WITH p WHERE p IS NOT NULL AND NOT EXISTS { (p)-[:REPORTED_IN]->(:Document) }
DETACH DELETE p
RETURN count(*) AS people
