// Second step of removing a document's facts (load/replace-document.ts): the events it reports. Its
// REPORTED_IN links go, and it leaves the sources of organisation links (a link no document supports any
// more goes); an event no other document reports goes with its parties, sectors, programmes and
// organisations; then a RUNS that no remaining event supports goes (a region runs a programme when it is a
// party to an event concerning it), and a programme or organisation left with no link goes.
// (A kept event keeps the date a removed report may have made more precise.)
// params: $id: string (document id)
// returns: events (int), the events removed
MATCH (d:Document {id: $id})
OPTIONAL MATCH (e:Event)-[rep:REPORTED_IN]->(d)
WITH d, collect(e) AS events, collect(rep) AS reports
FOREACH (rep IN reports | DELETE rep)
WITH d, events
CALL (d, events) {
  UNWIND events AS e
  MATCH (o:Organization)-[rel:WITNESSED|FACILITATED|PARTY_TO]->(e)
  WITH d, o, rel, d.id IN rel.sources AS cited
  SET rel.sources = [source IN rel.sources WHERE source <> d.id]
  WITH o, rel, cited WHERE cited AND size(rel.sources) = 0
  DELETE rel
}
WITH [e IN events WHERE NOT EXISTS { (e)-[:REPORTED_IN]->(:Document) }] AS orphans, events
CALL (events) {
  UNWIND events AS e
  OPTIONAL MATCH (e)-[:CONCERNS]->(g:Program)
  OPTIONAL MATCH (o:Organization)-[:WITNESSED|FACILITATED|PARTY_TO]->(e)
  RETURN collect(DISTINCT g) AS programs, collect(DISTINCT o) AS organizations
}
FOREACH (e IN orphans | DETACH DELETE e)
WITH orphans, programs, organizations
CALL (programs) {
  UNWIND programs AS g
  MATCH (r:Region)-[run:RUNS]->(g)
  WHERE NOT EXISTS { (r)<-[:PARTY]-(:Event)-[:CONCERNS]->(g) }
  DELETE run
}
CALL (programs) {
  UNWIND programs AS g
  WITH g WHERE NOT EXISTS { (g)<-[:CONCERNS]-(:Event) }
  DETACH DELETE g
}
CALL (organizations) {
  UNWIND organizations AS o
  WITH o WHERE NOT EXISTS { (o)--() }
  DELETE o
}
RETURN size(orphans) AS events
