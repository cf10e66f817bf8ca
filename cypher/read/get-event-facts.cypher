// The facts of one event the evidence is told for: its hub, date, status and term of validity, each party
// with its role, each sector and programme (the API's node shape for those).
// params: $elementId: string (the event's element id)
// returns: hub, date, status, validUntil (string|null), durationYears (float|null),
//          parties (list<{node: {labels, key, name, kind, date}, role}>), sectors, programs (list<node>),
//          reports (int: documents it was reported in)
MATCH (e:Event) WHERE elementId(e) = $elementId
RETURN
  e.hub AS hub, e.date AS date, e.status AS status, e.validUntil AS validUntil, e.durationYears AS durationYears,
  [(e)-[p:PARTY]->(r:Region) |
    {node: {labels: labels(r), key: r.code, name: r.name, kind: r.kind, date: null}, role: p.role}] AS parties,
  [(e)-[:COVERS]->(s:Sector) | {labels: labels(s), key: s.id, name: s.name, kind: null, date: null}] AS sectors,
  [(e)-[:CONCERNS]->(g:Program) | {labels: labels(g), key: g.id, name: g.name, kind: g.kind, date: null}]
    AS programs,
  COUNT { (e)-[:REPORTED_IN]->(:Document) } AS reports
