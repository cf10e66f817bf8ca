// The events two regions both take part in, in date order (undated last), each marked as a partnership of
// the two (no hub, or one of them is the hub: annotation guide) or an event they only shared (a third
// region is the hub: each dealt with it, not with the other), with what the pair story shows of it beyond
// its event item (get-event-items): its term of validity, the role of each region, and per report the
// sentence of the date, of the term and of each of the two parties, as offsets into the document's text
// with the text between them (REPORTED_IN's parallel party lists: partyCodes[i] is stated by the text from
// partyStarts[i] to partyEnds[i]). A report from before those lists were kept gives null sentences.
// params: $a: string, $b: string (region codes)
// returns: id, partnership (boolean), validUntil (string|null), durationYears (float|null),
//          roleA, roleB (string|null), reports (list<{documentId, title, url, publishedAt: string|null,
//          date, validity, a, b: {quote, start, end}|null}>)
MATCH (:Region {code: $a})<-[pa:PARTY]-(e:Event)-[pb:PARTY]->(:Region {code: $b})
WITH e, pa, pb ORDER BY e.date IS NULL, e.date, e.id
RETURN
  e.id AS id, (e.hub IS NULL OR e.hub IN [$a, $b]) AS partnership, e.validUntil AS validUntil,
  e.durationYears AS durationYears, pa.role AS roleA, pb.role AS roleB,
  [(e)-[q:REPORTED_IN]->(d:Document) |
    {
      documentId: d.id, title: d.title, publishedAt: d.publishedAt,
      url: coalesce(d.url, CASE WHEN d.source STARTS WITH 'http' THEN d.source END),
      date: CASE WHEN q.dateStart IS NOT NULL AND q.dateEnd IS NOT NULL THEN
        {quote: substring(d.text, q.dateStart, q.dateEnd - q.dateStart), start: q.dateStart, end: q.dateEnd}
      END,
      validity: CASE WHEN q.validityStart IS NOT NULL AND q.validityEnd IS NOT NULL THEN
        {
          quote: substring(d.text, q.validityStart, q.validityEnd - q.validityStart),
          start: q.validityStart, end: q.validityEnd
        }
      END,
      a: [j IN range(0, size(coalesce(q.partyCodes, [])) - 1) WHERE q.partyCodes[j] = $a |
        {
          quote: substring(d.text, q.partyStarts[j], q.partyEnds[j] - q.partyStarts[j]),
          start: q.partyStarts[j], end: q.partyEnds[j]
        }
      ][0],
      b: [j IN range(0, size(coalesce(q.partyCodes, [])) - 1) WHERE q.partyCodes[j] = $b |
        {
          quote: substring(d.text, q.partyStarts[j], q.partyEnds[j] - q.partyStarts[j]),
          start: q.partyStarts[j], end: q.partyEnds[j]
        }
      ][0]
    }
  ] AS reports
