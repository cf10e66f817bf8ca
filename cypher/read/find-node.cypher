// One node of the API's graph by its label and key, in the node shape every API read returns; no row when
// there is none. $label comes from the fixed map in server/plugins/app/nodes/node-ids.ts, never from a request;
// each branch is a unique-index seek, and only the one whose label matches can return a row.
// params: $label: string (Region|Event|Person|Program|Organization|Sector), $key: string (code or id)
// returns: node ({labels, key, name, kind, date}), elementId (string), events (int: events it takes part in)
CALL () {
  MATCH (n:Region {code: $key}) WHERE $label = 'Region' RETURN n
  UNION ALL
  MATCH (n:Event {id: $key}) WHERE $label = 'Event' RETURN n
  UNION ALL
  MATCH (n:Person {id: $key}) WHERE $label = 'Person' RETURN n
  UNION ALL
  MATCH (n:Program {id: $key}) WHERE $label = 'Program' RETURN n
  UNION ALL
  MATCH (n:Organization {id: $key}) WHERE $label = 'Organization' RETURN n
  UNION ALL
  MATCH (n:Sector {id: $key}) WHERE $label = 'Sector' RETURN n
}
RETURN
  {labels: labels(n), key: coalesce(n.code, n.id), name: coalesce(n.name, n.title), kind: n.kind, date: n.date}
    AS node,
  elementId(n) AS elementId,
  COUNT { (n)<-[:PARTY]-() } AS events
