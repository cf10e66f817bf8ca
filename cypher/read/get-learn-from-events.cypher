// The in-memory "Belajar dari" index (learn-from-index.ts) reads this once per graph version: every event
// about a programme (CONCERNS) or a sector (COVERS) with what find-learn-from.cypher ranks by, one row per
// event. A topic or a party linked twice is listed twice, as the pattern of find-learn-from.cypher matches it
// twice.
// params: none
// returns: id, kind, hub (region code or null), date (or null), topics (list<string>: 'program:<id>' or
//          'sector:<id>'), partyCodes (list<string>), partyRoles (list<string|null>, parallel to partyCodes);
//          only events with a topic and a party
MATCH (e:Event)
WITH e,
     [(e)-[:CONCERNS|COVERS]->(t) WHERE t:Program OR t:Sector |
      CASE WHEN t:Program THEN 'program:' + t.id ELSE 'sector:' + t.id END] AS topics
WHERE size(topics) > 0
WITH e, topics, [(e)-[p:PARTY]->(r:Region) | [r.code, p.role]] AS parties
WHERE size(parties) > 0
RETURN e.id AS id, e.kind AS kind, e.hub AS hub, e.date AS date, topics,
       [party IN parties | party[0]] AS partyCodes, [party IN parties | party[1]] AS partyRoles
