// Counts for the overview: nodes by label and relationships by type (count store, constant time), events
// by kind (each kind has its label) and by year (from the event_date index), events per province (an event
// counts once per province it has a party in), events per sector, the regions in the most events with
// their number of partners (through an event without a hub, or of which one of the two is the hub: the
// annotation guide's partnerships), the latest dated events that happened (by the event's own date, never its
// term), and apart the dated events only planned or proposed: a planned date may lie after every event that
// took place, and listing it among the latest would tell the analyst it happened.
// params: $top: int (regions, latest events and planned events to list)
// returns: nodes (map), relationships (map), eventKinds (list<{kind, count}>), years (list<{year, count}>),
//          provinces (list<{code, name, events}>), sectors (list<{id, name, events}>),
//          topRegions (list<{code, name, kind, events, partners}>), latestEvents (list<{id, title, kind, date}>),
//          plannedEvents (list<{id, title, kind, date, status}>)
CALL () {
  RETURN {
    Region: COUNT { (:Region) }, Event: COUNT { (:Event) }, Person: COUNT { (:Person) },
    Program: COUNT { (:Program) }, Organization: COUNT { (:Organization) }, Sector: COUNT { (:Sector) },
    Document: COUNT { (:Document) }
  } AS nodes, {
    PARTY: COUNT { ()-[:PARTY]->() }, SERVED_AS: COUNT { ()-[:SERVED_AS]->() },
    TOOK_PART: COUNT { ()-[:TOOK_PART]->() }, COVERS: COUNT { ()-[:COVERS]->() },
    CONCERNS: COUNT { ()-[:CONCERNS]->() }, RUNS: COUNT { ()-[:RUNS]->() },
    WITNESSED: COUNT { ()-[:WITNESSED]->() }, FACILITATED: COUNT { ()-[:FACILITATED]->() },
    PARTY_TO: COUNT { ()-[:PARTY_TO]->() }, REPORTED_IN: COUNT { ()-[:REPORTED_IN]->() },
    MENTIONED_IN: COUNT { ()-[:MENTIONED_IN]->() }, IN_PROVINCE: COUNT { ()-[:IN_PROVINCE]->() },
    IN_COUNTRY: COUNT { ()-[:IN_COUNTRY]->() }
  } AS relationships, [
    {kind: 'agreement', count: COUNT { (:Agreement) }}, {kind: 'sister_city', count: COUNT { (:SisterCity) }},
    {kind: 'audience', count: COUNT { (:Audience) }}, {kind: 'meeting', count: COUNT { (:Meeting) }},
    {kind: 'study_visit', count: COUNT { (:StudyVisit) }}, {kind: 'visit', count: COUNT { (:Visit) }},
    {kind: 'other', count: COUNT { (:OtherEvent) }}
  ] AS eventKinds
}
CALL () {
  MATCH (e:Event) WHERE e.date IS NOT NULL
  WITH toInteger(left(e.date, 4)) AS year, count(*) AS count ORDER BY year
  RETURN collect({year: year, count: count}) AS years
}
CALL () {
  MATCH (p:Region {kind: 'province'})
  CALL (p) {
    OPTIONAL MATCH (p)<-[:IN_PROVINCE]-(member:Region)
    WITH p, collect(member) AS members
    UNWIND [p] + members AS r
    MATCH (r)<-[:PARTY]-(e:Event)
    RETURN count(DISTINCT e) AS events
  }
  WITH p, events WHERE events > 0 ORDER BY events DESC, p.code
  RETURN collect({code: p.code, name: p.name, events: events}) AS provinces
}
CALL () {
  MATCH (s:Sector)
  WITH s, COUNT { (s)<-[:COVERS]-() } AS events ORDER BY events DESC, s.id
  RETURN collect({id: s.id, name: s.name, events: events}) AS sectors
}
CALL () {
  MATCH (r:Region)
  WITH r, COUNT { (r)<-[:PARTY]-() } AS events WHERE events > 0
  ORDER BY events DESC, r.code LIMIT $top
  RETURN collect({
    code: r.code, name: r.name, kind: r.kind, events: events,
    partners: COUNT {
      MATCH (r)<-[:PARTY]-(e:Event)-[:PARTY]->(x:Region) WHERE e.hub IS NULL OR e.hub IN [r.code, x.code]
      RETURN DISTINCT x
    }
  }) AS topRegions
}
CALL () {
  MATCH (e:Event) WHERE e.date IS NOT NULL AND NOT coalesce(e.status, '') IN ['planned', 'proposed']
  WITH e ORDER BY e.date DESC, e.id LIMIT $top
  RETURN collect({id: e.id, title: e.title, kind: e.kind, date: e.date}) AS latestEvents
}
CALL () {
  MATCH (e:Event) WHERE e.date IS NOT NULL AND e.status IN ['planned', 'proposed']
  WITH e ORDER BY e.date DESC, e.id LIMIT $top
  RETURN collect({id: e.id, title: e.title, kind: e.kind, date: e.date, status: e.status}) AS plannedEvents
}
RETURN nodes, relationships, eventKinds, years, provinces, sectors, topRegions, latestEvents, plannedEvents
