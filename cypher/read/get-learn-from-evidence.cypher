// "Belajar dari": what is shown of each listed region, once it is ranked (by find-learn-from.cypher or by
// the in-memory index, learn-from-index.ts): its name and kind, whether it runs the programme, and for each
// of its chosen events the latest report's sentence naming the topic and the sentence naming the region
// (offsets into the document's text; the event's main sentence when the report kept no sentence of its own
// for the topic). Reads only the events named, by id.
// params: $items: list<{type: 'program'|'sector', id: string (no prefix), code: string (region code),
//         events: list<{eventId: string, role: string|null}> (in the order to show)}>
// returns: type, id, code, name, kind, runs (bool), evidence (list<{eventId, title, kind, subtype, date, role,
//          documentId, documentTitle, publishedAt, topicQuote, topicStart, topicEnd, partyQuote, partyStart,
//          partyEnd}>, in the order of item.events); one row per item whose region exists
UNWIND $items AS item
MATCH (region:Region {code: item.code})
CALL (item, region) {
  UNWIND item.events AS chosen
  MATCH (e:Event {id: chosen.eventId})
  CALL (e, item, region) {
    MATCH (e)-[q:REPORTED_IN]->(d:Document)
    WITH q, d ORDER BY coalesce(d.publishedAt, '') DESC, d.id LIMIT 1
    WITH q, d,
         [i IN range(0, size(coalesce(q.programIds, [])) - 1) WHERE item.type = 'program' AND q.programIds[i] = item.id]
         + [i IN range(0, size(coalesce(q.sectorIds, [])) - 1) WHERE item.type = 'sector' AND q.sectorIds[i] = item.id]
         AS topicAt,
         [i IN range(0, size(coalesce(q.partyCodes, [])) - 1) WHERE q.partyCodes[i] = region.code] AS partyAt
    WITH q, d,
         CASE WHEN size(topicAt) = 0 THEN q.start
              WHEN item.type = 'program' THEN q.programStarts[topicAt[0]]
              ELSE q.sectorStarts[topicAt[0]] END AS topicStart,
         CASE WHEN size(topicAt) = 0 THEN q.end
              WHEN item.type = 'program' THEN q.programEnds[topicAt[0]]
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
    eventId: e.id, title: e.title, kind: e.kind, subtype: e.subtype, date: e.date, role: chosen.role,
    documentId: report.documentId, documentTitle: report.documentTitle, publishedAt: report.publishedAt,
    topicQuote: report.topicQuote, topicStart: report.topicStart, topicEnd: report.topicEnd,
    partyQuote: report.partyQuote, partyStart: report.partyStart, partyEnd: report.partyEnd
  }) AS evidence
}
RETURN item.type AS type, item.id AS id, region.code AS code, region.name AS name, region.kind AS kind,
       item.type = 'program' AND EXISTS { (region)-[:RUNS]->(:Program {id: item.id}) } AS runs, evidence
