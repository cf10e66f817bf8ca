// Which of these documents are already in the graph (the loader skips them).
// params: $ids: list<string> of document ids ("sha256:…")
// returns: id (string), one row per stored document
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id
