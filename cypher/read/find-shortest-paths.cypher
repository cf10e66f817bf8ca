// The shortest connections between two nodes over partnerships, all of them when several tie. A path is a
// chain of hops anchor – middle – anchor. Anchors are regions, the two ends, and, when asked, officials
// ($people), programmes ($programs) and organisations ($organizations). A middle is an event, or, when asked,
// an official who served both regions (SERVED_AS) or a programme both regions run (RUNS). An event is only
// ever a middle, so it is read with its two neighbours: between two regions it must make them partners (no
// hub, or one of them is the hub). An end that is no anchor of a hop (an event; an official or programme
// tied straight to a region) takes one step to the first anchor. Sectors and documents are never on a path;
// the kind of an event is no node. Relationships are never repeated within a path (Cypher's rule), so one
// event cannot carry two partnerships of one path (spoke – event – hub – event – spoke).
// The partnership test sits inside the repeated unit, so it is part of the search, not a filter of the
// shortest paths found (a WHERE over the whole path is: EXPLAIN "SHORTEST 1 GROUPS" then Filter). But it
// names three variables of the unit, so Neo4j 5.26 checks it on whole paths ("non-inlined predicates" on
// StatefulShortestPath) and, for regions far apart or unconnected, enumerates paths up to the bound: the
// API asks this query only when its in-memory network cannot answer (docs/api.md, the path route).
// The quantifier's bounds must be literals: {0,4} hops of two steps, and $maxLength cuts after the search.
// params: $fromId: string (element id), $toId: string (element id), $maxLength: int, $limit: int,
//         $people: boolean, $programs: boolean, $organizations: boolean
// returns: nodes (list<{labels, key, name, kind, date}>), steps (list<{type, forward: boolean, role}>)
MATCH (a) WHERE elementId(a) = $fromId
MATCH (b) WHERE elementId(b) = $toId
MATCH p = ALL SHORTEST (a)
  ((s)-[:PARTY|TOOK_PART|CONCERNS|WITNESSED|FACILITATED|PARTY_TO|SERVED_AS|RUNS]-(t)
    WHERE (s:Event OR s:Person OR s:Program)
      AND (t:Region OR t = b OR t:Person AND $people OR t:Program AND $programs
        OR t:Organization AND $organizations)){0,1}
  ((x)-[:PARTY|TOOK_PART|CONCERNS|WITNESSED|FACILITATED|PARTY_TO|SERVED_AS|RUNS]-(m)
      -[:PARTY|TOOK_PART|CONCERNS|WITNESSED|FACILITATED|PARTY_TO|SERVED_AS|RUNS]-(y)
    WHERE (x:Region OR x = a OR x:Person AND $people OR x:Program AND $programs
        OR x:Organization AND $organizations)
      AND (y:Region OR y = b OR y:Person AND $people OR y:Program AND $programs
        OR y:Organization AND $organizations)
      AND (m:Event AND (NOT (x:Region AND y:Region) OR m.hub IS NULL OR m.hub IN [x.code, y.code])
        OR m:Person AND $people AND x:Region AND y:Region
        OR m:Program AND $programs AND x:Region AND y:Region)){0,4}
  ((u)-[:PARTY|TOOK_PART|CONCERNS|WITNESSED|FACILITATED|PARTY_TO|SERVED_AS|RUNS]-(v)
    WHERE (v:Event OR v:Person OR v:Program)
      AND (u:Region OR u:Person AND $people OR u:Program AND $programs OR u:Organization AND $organizations
        // A one-step path from an end that steps is its first step already: matched once, not twice.
        OR u = a AND NOT (a:Event OR a:Person OR a:Program))){0,1}
  (b)
// Neo4j keeps each relationship once in a path, not each node: a walk that passes a node twice is no
// connection to draw, so it is dropped here, as the in-memory network never finds one.
WITH p WHERE length(p) <= $maxLength
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
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
