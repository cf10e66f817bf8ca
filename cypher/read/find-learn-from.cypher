// "Belajar dari", the ranking as Neo4j computes it: the Cypher twin of the in-memory index
// (learn-from-index.ts), which must rank the same. For a programme or a sector, the regions to learn from.
// Per region, of the events concerning the programme (CONCERNS) or covering the sector (COVERS): `hosted`,
// the study visits, audiences and visits it hosted (others came to it); `led`, the other events it was the
// hub of (others signed or met with it); `agreements`, the agreements and sister-city ties it is a party to;
// `events`, all. A region whose only part is as the visitor of study visits came to learn and is not listed.
// Ranked by hosted, led, agreements, events, then code. For each listed region, up to three of its events to
// show as evidence (hosted first, then led, then agreements; latest first, then by id and role), each with
// the region's role in it; get-learn-from-evidence.cypher then reads their sentences. Walks every event of
// the topic: tens of thousands for a broad sector on a large graph (docs/benchmarks.md, API).
// params: $type: 'program'|'sector', $id: string (programme or sector id, no prefix), $limit: int
// returns: id, name (the topic), total (int: regions listed before the limit), regions (list<{code, hosted,
//          led, agreements, events, strongest: list<{eventId, role}>}>, ranked); no row for an unknown
//          programme or sector
OPTIONAL MATCH (g:Program {id: $id})
WHERE $type = 'program'
OPTIONAL MATCH (s:Sector {id: $id})
WHERE $type = 'sector'
WITH coalesce(g, s) AS topic
WHERE topic IS NOT NULL
// One pass over the topic's events and their parties: each region's counts and its three strongest events
// are aggregated together (rows sorted first, so each collected list is in evidence order).
CALL (topic) {
  MATCH (topic)<-[:CONCERNS|COVERS]-(e:Event)-[p:PARTY]->(r:Region)
  // A missing role or kind is no role or kind (never null logic), as in the in-memory index.
  WITH r, e, p, coalesce(p.role, '') AS role, coalesce(e.kind, '') AS kind, coalesce(e.hub = r.code, false) AS hub
  WITH r, e, p, role, kind, hub,
       role = 'host' AND kind IN ['study_visit', 'audience', 'visit'] AS hosted,
       kind IN ['agreement', 'sister_city'] AS agreement
  WITH r, e, p, role, hosted, agreement,
       hub AND NOT hosted AS led,
       role = 'visitor' AND kind = 'study_visit' AS learner,
       CASE WHEN hosted THEN 0 WHEN hub THEN 1 WHEN agreement THEN 2 ELSE 3 END AS strength
  ORDER BY r.code, strength, coalesce(e.date, '') DESC, e.id, role
  WITH r, count(CASE WHEN hosted THEN 1 END) AS hosted, count(CASE WHEN led THEN 1 END) AS led,
       count(CASE WHEN agreement THEN 1 END) AS agreements, count(*) AS events,
       count(CASE WHEN learner THEN 1 END) AS learned, collect({eventId: e.id, role: p.role})[0..3] AS strongest
  WHERE events > learned
  ORDER BY hosted DESC, led DESC, agreements DESC, events DESC, r.code
  WITH collect({code: r.code, hosted: hosted, led: led, agreements: agreements, events: events,
               strongest: strongest}) AS ranked
  RETURN size(ranked) AS total, ranked[0..$limit] AS regions
}
RETURN topic.id AS id, topic.name AS name, total, regions
