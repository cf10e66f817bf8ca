// "Belajar dari": for a programme or a sector, the regions to learn from, ranked. Per region, of the events
// concerning the programme (CONCERNS) or covering the sector (COVERS): `hosted`, the study visits,
// audiences and visits it hosted (others came to it); `led`, the other events it was the hub of (others
// signed or met with it); `agreements`, the agreements and sister-city ties it is a party to; `events`,
// all. A region whose only part is as the visitor of study visits came to learn and is not listed. Ranked by
// hosted, led, agreements, events, then code. For each listed region, up to three of its events as
// evidence (hosted first, then led, then agreements; latest first), each with the latest report's sentence
// naming the topic and the sentence naming the region (offsets into the document's text; the event's main
// sentence when the report kept none of its own).
// params: $type: 'program'|'sector', $id: string (programme or sector id, no prefix), $limit: int
// returns: id, name (the topic), total (int: regions listed before the limit), regions (list<{code, name,
//          kind, hosted, led, agreements, events, runs (bool), evidence: list<{eventId, title, kind, subtype,
//          date, role, documentId, documentTitle, publishedAt, topicQuote, topicStart, topicEnd, partyQuote,
//          partyStart, partyEnd}>}>); no row for an unknown programme or sector
OPTIONAL MATCH (g:Program {id: $id})
WHERE $type = 'program'
OPTIONAL MATCH (s:Sector {id: $id})
WHERE $type = 'sector'
WITH coalesce(g, s) AS topic
WHERE topic IS NOT NULL
// One pass over the topic's events and their parties: each region's counts and its three strongest events
// are aggregated together (rows sorted first, so each collected list is in evidence order), so no region's
// events are walked a second time; only the listed regions' chosen events then read their latest report.
CALL (topic) {
  MATCH (topic)<-[:CONCERNS|COVERS]-(e:Event)-[p:PARTY]->(r:Region)
  WITH r, e, p,
       p.role = 'host' AND e.kind IN ['study_visit', 'audience', 'visit'] AS hosted,
       e.kind IN ['agreement', 'sister_city'] AS agreement
  WITH r, e, p, hosted, agreement,
       e.hub = r.code AND NOT hosted AS led,
       p.role = 'visitor' AND e.kind = 'study_visit' AS learner,
       CASE WHEN hosted THEN 0 WHEN e.hub = r.code THEN 1 WHEN agreement THEN 2 ELSE 3 END AS strength
  ORDER BY r.code, strength, coalesce(e.date, '') DESC, e.id
  WITH r, count(CASE WHEN hosted THEN 1 END) AS hosted, count(CASE WHEN led THEN 1 END) AS led,
       count(CASE WHEN agreement THEN 1 END) AS agreements, count(*) AS events,
       count(CASE WHEN learner THEN 1 END) AS learned, collect({e: e, role: p.role})[0..3] AS strongest
  WHERE events > learned
  ORDER BY hosted DESC, led DESC, agreements DESC, events DESC, r.code
  WITH collect({r: r, hosted: hosted, led: led, agreements: agreements, events: events, strongest: strongest})
       AS ranked
  RETURN size(ranked) AS total, ranked[0..$limit] AS top
}
CALL (topic, top) {
  UNWIND top AS row
  WITH topic, row, row.r AS region
  CALL (row) {
    UNWIND row.strongest AS chosen
    WITH row, chosen.e AS e, chosen.role AS role
    CALL (e, row) {
      MATCH (e)-[q:REPORTED_IN]->(d:Document)
      WITH q, d ORDER BY coalesce(d.publishedAt, '') DESC, d.id LIMIT 1
      WITH q, d,
           [i IN range(0, size(coalesce(q.programIds, [])) - 1) WHERE $type = 'program' AND q.programIds[i] = $id]
           + [i IN range(0, size(coalesce(q.sectorIds, [])) - 1) WHERE $type = 'sector' AND q.sectorIds[i] = $id]
           AS topicAt,
           [i IN range(0, size(coalesce(q.partyCodes, [])) - 1) WHERE q.partyCodes[i] = row.r.code] AS partyAt
      WITH q, d,
           CASE WHEN size(topicAt) = 0 THEN q.start
                WHEN $type = 'program' THEN q.programStarts[topicAt[0]]
                ELSE q.sectorStarts[topicAt[0]] END AS topicStart,
           CASE WHEN size(topicAt) = 0 THEN q.end
                WHEN $type = 'program' THEN q.programEnds[topicAt[0]]
                ELSE q.sectorEnds[topicAt[0]] END AS topicEnd,
           CASE WHEN size(partyAt) = 0 THEN null ELSE q.partyStarts[partyAt[0]] END AS partyStart,
           CASE WHEN size(partyAt) = 0 THEN null ELSE q.partyEnds[partyAt[0]] END AS partyEnd
      RETURN {
        documentId: d.id, documentTitle: d.title, publishedAt: d.publishedAt,
        topicStart: topicStart, topicEnd: topicEnd, partyStart: partyStart, partyEnd: partyEnd,
        topicQuote: CASE WHEN topicStart IS NULL OR topicEnd IS NULL THEN q.quote
                         ELSE substring(d.text, topicStart, topicEnd - topicStart) END,
        partyQuote: CASE WHEN partyStart IS NULL OR partyEnd IS NULL THEN null
                         ELSE substring(d.text, partyStart, partyEnd - partyStart) END
      } AS report
    }
    RETURN collect({
      eventId: e.id, title: e.title, kind: e.kind, subtype: e.subtype, date: e.date, role: role,
      documentId: report.documentId, documentTitle: report.documentTitle, publishedAt: report.publishedAt,
      topicQuote: report.topicQuote, topicStart: report.topicStart, topicEnd: report.topicEnd,
      partyQuote: report.partyQuote, partyStart: report.partyStart, partyEnd: report.partyEnd
    }) AS evidence
  }
  RETURN collect({
    code: row.r.code, name: row.r.name, kind: row.r.kind, hosted: row.hosted, led: row.led,
    agreements: row.agreements, events: row.events,
    runs: $type = 'program' AND EXISTS { (region)-[:RUNS]->(topic) }, evidence: evidence
  }) AS regions
}
RETURN topic.id AS id, topic.name AS name, total, regions
