// A node's properties and its relationships summarised: per relationship type, direction and type of node at
// the other end, how many there are and up to 20 of them (latest events first). Documents are left out:
// they are sources, listed by get-node-sources.
// params: $elementId: string, $typeLabels: list<string> (the labels that give a node its API type)
// returns: properties (map), relationships (list<{type, direction, otherLabel, count, sample: list<node>}>)
MATCH (n) WHERE elementId(n) = $elementId
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE NOT m:Document
  WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
    [l IN labels(m) WHERE l IN $typeLabels][0] AS otherLabel, m
  ORDER BY m.date DESC, coalesce(m.name, m.title), coalesce(m.code, m.id)
  WITH type, direction, otherLabel, count(m) AS count, collect(m)[..20] AS sample
  ORDER BY type, direction, otherLabel
  RETURN collect({
    type: type, direction: direction, otherLabel: otherLabel, count: count,
    sample: [s IN sample |
      {labels: labels(s), key: coalesce(s.code, s.id), name: coalesce(s.name, s.title), kind: s.kind, date: s.date}
    ]
  }) AS relationships
}
RETURN properties(n) AS properties, relationships
