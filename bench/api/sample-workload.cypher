// Realistic request parameters for `npm run bench:api`, drawn evenly (not at random, so runs compare) from
// the loaded graph: every region that takes part in an event, officials and events at a fixed stride, and
// the party pairs of the sampled events. Read by bench/api/workload.ts, not by the app.
// params: $people: int, $events: int
// returns: regions (list<{code, name, kind}>), people (list<{id, name}>), events (list<string>),
//          pairs (list<list<string>>), programs (list<string>: every programme's id), sectors
//          (list<string>: every sector's id)
CALL () {
  MATCH (r:Region) WHERE EXISTS { (r)<-[:PARTY]-(:Event) }
  WITH r ORDER BY r.code
  RETURN collect({code: r.code, name: r.name, kind: r.kind}) AS regions
}
CALL () {
  MATCH (p:Person)
  WITH p ORDER BY p.id
  WITH collect({id: p.id, name: p.name}) AS pool
  RETURN [i IN range(0, size(pool) - 1, toInteger(ceil(toFloat(size(pool)) / $people))) | pool[i]] AS people
}
CALL () {
  MATCH (e:Event)
  WITH e ORDER BY e.id
  WITH collect(e) AS pool
  WITH [i IN range(0, size(pool) - 1, toInteger(ceil(toFloat(size(pool)) / $events))) | pool[i]] AS sample
  RETURN [e IN sample | e.id] AS events,
    [e IN sample WHERE COUNT { (e)-[:PARTY]->() } >= 2 |
      [(e)-[:PARTY]->(r:Region) | r.code][..2]] AS pairs
}
CALL () {
  MATCH (g:Program)
  WITH g ORDER BY g.id
  RETURN collect(g.id) AS programs
}
CALL () {
  MATCH (s:Sector)
  WITH s ORDER BY s.id
  RETURN collect(s.id) AS sectors
}
RETURN regions, people, events, pairs, programs, sectors
