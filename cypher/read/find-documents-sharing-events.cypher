// The other documents that report an event one of these documents reports, or an event of one of the
// given kinds and party sets: what must be re-extracted together with them so that no event is left with
// facts of an older reading (load/reextract-group.ts). Dates are compared by the caller.
// params: $ids: list<string> of document ids, $keys: list<{kind: string, partyKey: string}>
// returns: id (string), kind, partyKey (string|null), date (string|null): per row a document and, for a
//          match on $keys, the event's key and date (null for a row found through $ids)
CALL (*) {
  UNWIND $ids AS id
  MATCH (:Document {id: id})<-[:REPORTED_IN]-(:Event)-[:REPORTED_IN]->(o:Document)
  RETURN DISTINCT o.id AS id, null AS kind, null AS partyKey, null AS date
  UNION
  UNWIND $keys AS key
  MATCH (e:Event {kind: key.kind, partyKey: key.partyKey})-[:REPORTED_IN]->(o:Document)
  RETURN DISTINCT o.id AS id, e.kind AS kind, e.partyKey AS partyKey, e.date AS date
}
RETURN id, kind, partyKey, date
