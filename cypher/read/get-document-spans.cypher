// Sentences by their place in a document's text: the quotes of evidence whose document and offsets are
// already known (the peer index keeps offsets, not text).
// params: $spans: list<{key: string, documentId: string, start: int, end: int}>
// returns: key, quote (string|null: the document has no text); one row per span whose document exists
UNWIND $spans AS span
MATCH (d:Document {id: span.documentId})
RETURN span.key AS key, substring(d.text, span.start, span.end - span.start) AS quote
