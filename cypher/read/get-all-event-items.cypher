// Every event with what a timeline shows of it, as get-event-items.cypher reads it for given ids: parties
// and their roles, sectors, programmes, and the reports (document and quote) it rests on. Read whole in the
// background into the timeline index (timeline-index.ts), kept in memory keyed by the graph's version.
// params: none
// returns: id, title, kind, subtype, status, date, place, hub (string|null), parties (list<{code, name, kind,
//          role}>: one per PARTY relationship), sectors (list<string>), programs (list<{id, name}>), sources
//          (list<{documentId, title, publishedAt, quote, start, end}>)
MATCH (e:Event)
RETURN
  e.id AS id, e.title AS title, e.kind AS kind, e.subtype AS subtype, e.status AS status, e.date AS date,
  e.place AS place, e.hub AS hub,
  [(e)-[p:PARTY]->(r:Region) | {code: r.code, name: r.name, kind: r.kind, role: p.role}] AS parties,
  [(e)-[:COVERS]->(s:Sector) | s.id] AS sectors,
  [(e)-[:CONCERNS]->(g:Program) | {id: g.id, name: g.name}] AS programs,
  [(e)-[q:REPORTED_IN]->(d:Document) |
    {documentId: d.id, title: d.title, publishedAt: d.publishedAt, quote: q.quote, start: q.start, end: q.end}
  ] AS sources
