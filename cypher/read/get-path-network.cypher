// Every node a path may pass through or end at, with the relationships it starts: the graph
// find-shortest-paths.cypher searches (the same nine relationship types; a test holds the two lists equal),
// for the API to keep in memory (server/plugins/app/graph/path-network.ts), each node in the shape every API read
// returns. Sectors and organisations are marked: they may only end a path. One row per node, not one row
// per relationship: on 100,000 articles that is 116,000 rows carrying 1.15 M relationships, read in about
// 3 s instead of 5 to 9 as one row each. A whole-graph read, run in the background, never for a request.
// params: none
// returns: id (string: element id), node ({labels, key, name, kind, date}), endOnly (boolean),
//          out (list<[string: element id of the other end, string: relationship type, string|null: role or title]>)
MATCH (n:Region|Event|Program|Person|Sector|Organization)
RETURN
  elementId(n) AS id,
  {labels: labels(n), key: coalesce(n.code, n.id), name: coalesce(n.name, n.title), kind: n.kind, date: n.date}
    AS node,
  n:Sector OR n:Organization AS endOnly,
  [(n)-[r:PARTY|CONCERNS|RUNS|TOOK_PART|SERVED_AS|COVERS|WITNESSED|FACILITATED|PARTY_TO]->(m) |
    [elementId(m), type(r), coalesce(r.role, r.title)]
  ] AS out
