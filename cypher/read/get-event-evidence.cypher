// The evidence of each fact of one event, report by report (oldest article first): for every document it
// was reported in, the sentence of each party, of the date, of the term of validity, of each sector and
// programme, as offsets into the document's text with the text between them (REPORTED_IN's parallel
// lists; docs/graph-model.md). A fact a report states without a sentence of its own has null offsets.
// params: $elementId: string (the event's element id), $limit: int (most reports)
// returns: documentId, title, source (the article's URL or file), publishedAt (string|null),
//          main, date, validity ({quote, start, end}|null),
//          parties, sectors, programs (list<{key, quote, start, end}>)
MATCH (e:Event) WHERE elementId(e) = $elementId
MATCH (e)-[q:REPORTED_IN]->(d:Document)
WITH q, d ORDER BY d.publishedAt, d.id
LIMIT $limit
RETURN
  d.id AS documentId, d.title AS title, d.source AS source, d.publishedAt AS publishedAt,
  CASE WHEN q.start IS NOT NULL THEN {quote: q.quote, start: q.start, end: q.end} END AS main,
  CASE WHEN q.dateStart IS NOT NULL THEN
    {quote: substring(d.text, q.dateStart, q.dateEnd - q.dateStart), start: q.dateStart, end: q.dateEnd}
  END AS date,
  CASE WHEN q.validityStart IS NOT NULL THEN
    {quote: substring(d.text, q.validityStart, q.validityEnd - q.validityStart), start: q.validityStart,
     end: q.validityEnd}
  END AS validity,
  [i IN range(0, size(coalesce(q.partyCodes, [])) - 1) WHERE q.partyStarts[i] IS NOT NULL |
    {key: q.partyCodes[i], quote: substring(d.text, q.partyStarts[i], q.partyEnds[i] - q.partyStarts[i]),
     start: q.partyStarts[i], end: q.partyEnds[i]}
  ] AS parties,
  [i IN range(0, size(coalesce(q.sectorIds, [])) - 1) WHERE q.sectorStarts[i] IS NOT NULL |
    {key: q.sectorIds[i], quote: substring(d.text, q.sectorStarts[i], q.sectorEnds[i] - q.sectorStarts[i]),
     start: q.sectorStarts[i], end: q.sectorEnds[i]}
  ] AS sectors,
  [i IN range(0, size(coalesce(q.programIds, [])) - 1) WHERE q.programStarts[i] IS NOT NULL |
    {key: q.programIds[i], quote: substring(d.text, q.programStarts[i], q.programEnds[i] - q.programStarts[i]),
     start: q.programStarts[i], end: q.programEnds[i]}
  ] AS programs
