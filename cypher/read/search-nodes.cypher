// Search candidates: nodes whose folded name, aliases or abbreviation match the Lucene query in the
// full-text index search_names, plus the regions whose gazetteer alias the query is ("KSB", "Jabar") and the
// sectors the query names in the sector vocabulary (server/plugins/app/search/sector-vocabulary.ts), with
// what ranking needs (server/plugins/app/search/search-ranking.ts ranks them). $lucene is built from folded
// letters and digits only; $labels come from a fixed map.
// params: $lucene: string, $candidates: int, $aliasCodes: list<string>, $sectorIds: list<string>,
//         $labels: list<string>|null
// returns: node ({labels, key, name, kind, date}), aliases (list<string>), searchText (string), score (float),
//          degree (int), context (string|null), aliasHit (boolean)
CALL () {
  CALL db.index.fulltext.queryNodes('search_names', $lucene, {limit: $candidates}) YIELD node, score
  RETURN node, score, false AS aliasHit
  UNION ALL
  UNWIND $aliasCodes AS code
  MATCH (node:Region {code: code})
  RETURN node, 0.0 AS score, true AS aliasHit
  UNION ALL
  UNWIND $sectorIds AS sectorId
  MATCH (node:Sector {id: sectorId})
  RETURN node, 0.0 AS score, false AS aliasHit
}
WITH node, score, aliasHit
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN
  {labels: labels(node), key: coalesce(node.code, node.id), name: coalesce(node.name, node.title),
    kind: node.kind, date: node.date} AS node,
  coalesce(node.aliases, []) + CASE WHEN node.acronym IS NULL THEN [] ELSE [node.acronym] END AS aliases,
  coalesce(node.searchText, '') AS searchText,
  score,
  COUNT { (node)--() } AS degree,
  CASE
    WHEN node:Region THEN [(node)-[:IN_PROVINCE|IN_COUNTRY]->(up:Region) | up.name][0]
    WHEN node:Person THEN [(node)-[s:SERVED_AS]->(r:Region) | s.title + ', ' + r.name][0]
    WHEN node:Event THEN node.date
    WHEN node:Organization THEN node.acronym
    ELSE null
  END AS context,
  aliasHit
