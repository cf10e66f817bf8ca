// Every node search can find, with what ranking and the answer need: the rows search-nodes.cypher returns,
// for all of them at once, to build the API's in-memory search index (server/plugins/app/search/search-index.ts).
// Sectors have no searchText (search finds them by the sector vocabulary): they come with their degree only.
// A whole-graph read (390,000 rows on 100,000 articles), run in the background, never for a request.
// params: none
// returns: node ({labels, key, name, kind, date}), aliases (list<string>), searchText (string), degree (int),
//          context (string|null)
MATCH (node:Region|Person|Program|Organization|Event|Sector)
WHERE node.searchText IS NOT NULL OR node:Sector
RETURN
  {labels: labels(node), key: coalesce(node.code, node.id), name: coalesce(node.name, node.title),
    kind: node.kind, date: node.date} AS node,
  coalesce(node.aliases, []) + CASE WHEN node.acronym IS NULL THEN [] ELSE [node.acronym] END AS aliases,
  coalesce(node.searchText, '') AS searchText,
  COUNT { (node)--() } AS degree,
  CASE
    WHEN node:Region THEN [(node)-[:IN_PROVINCE|IN_COUNTRY]->(up:Region) | up.name][0]
    WHEN node:Person THEN [(node)-[s:SERVED_AS]->(r:Region) | s.title + ', ' + r.name][0]
    WHEN node:Event THEN node.date
    WHEN node:Organization THEN node.acronym
    ELSE null
  END AS context
