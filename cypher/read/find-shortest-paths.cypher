// The shortest connections between two nodes through events, programmes and officials (PARTY, CONCERNS,
// RUNS, TOOK_PART, SERVED_AS), all of them when several tie. Sectors, organisations and provinces connect
// nearly everything, so they may only be the ends of a path, never a step in it; documents never appear.
// The upper bound of a variable-length pattern must be a literal: 8 here, and $maxLength cuts after the
// search. That cut sits in a WITH, not in the path's WHERE: a length predicate there makes the planner add
// an exhaustive fallback search (seen with EXPLAIN), which on a dense graph never ends.
// params: $fromId: string (element id), $toId: string (element id), $maxLength: int, $limit: int
// returns: nodes (list<{labels, key, name, kind, date}>), steps (list<{type, forward: boolean, role}>)
MATCH (a) WHERE elementId(a) = $fromId
MATCH (b) WHERE elementId(b) = $toId
MATCH p = allShortestPaths((a)-[:PARTY|CONCERNS|RUNS|TOOK_PART|SERVED_AS|COVERS|WITNESSED|FACILITATED|PARTY_TO*..8]-(b))
WHERE all(n IN nodes(p) WHERE n = a OR n = b OR NOT (n:Sector OR n:Organization))
WITH p WHERE length(p) <= $maxLength
WITH p LIMIT $limit
RETURN
  [n IN nodes(p) |
    {labels: labels(n), key: coalesce(n.code, n.id), name: coalesce(n.name, n.title), kind: n.kind, date: n.date}
  ] AS nodes,
  [i IN range(0, length(p) - 1) |
    {
      type: type(relationships(p)[i]),
      forward: startNode(relationships(p)[i]) = nodes(p)[i],
      role: coalesce(relationships(p)[i].role, relationships(p)[i].title)
    }
  ] AS steps
