// Every node a path may pass through or end at, with the relationships it starts: the graph
// find-shortest-paths.cypher searches (the same eight relationship types; a test holds the two lists equal),
// for the API to keep in memory (server/plugins/app/graph/path-network.ts), each node in the shape every API
// read returns, and an event's hub (a region code) for the partnership test. Sectors are never on a path.
// One row per node, not one row per relationship: on 100,000 articles that is about 116,000 rows carrying
// a million relationships, read in seconds instead of several times that as one row each. A whole-graph
// read, run in the background, never for a request.
// params: none
// returns: id (string: element id), node ({labels, key, name, kind, date}), hub (string|null),
//          out (list<[string: element id of the other end, string: relationship type, string|null: role or title]>)
MATCH (n:Region|Event|Program|Person|Organization)
RETURN
  elementId(n) AS id,
  {labels: labels(n), key: coalesce(n.code, n.id), name: coalesce(n.name, n.title), kind: n.kind, date: n.date}
    AS node,
  n.hub AS hub,
  [(n)-[r:PARTY|TOOK_PART|CONCERNS|WITNESSED|FACILITATED|PARTY_TO|SERVED_AS|RUNS]->(m) |
    [elementId(m), type(r), coalesce(r.role, r.title)]
  ] AS out
