// Last step of removing a document's facts (load/replace-document.ts): the document itself, with the
// places it names (MENTIONED_IN); a region abroad (not in the official list) that nothing else names, acts
// in or contains goes too. Official regions always stay.
// params: $id: string (document id)
// returns: documents (int), 1 when the document was there
MATCH (d:Document {id: $id})
OPTIONAL MATCH (r:Region)-[:MENTIONED_IN]->(d)
WITH d, collect(DISTINCT r) AS regions
DETACH DELETE d
WITH regions
CALL (regions) {
  UNWIND regions AS r
  WITH r
  WHERE r.official = false
    AND NOT EXISTS { (r)-[:MENTIONED_IN]->(:Document) }
    AND NOT EXISTS { (r)<-[:PARTY]-(:Event) }
    AND NOT EXISTS { (r)<-[:IN_COUNTRY]-(:Region) }
    AND NOT EXISTS { (r)<-[:SERVED_AS]-(:Person) }
  DETACH DELETE r
}
RETURN 1 AS documents
