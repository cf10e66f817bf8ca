// The next page of stored documents to re-extract, in id order after $after: those whose facts an older
// extractor made (or one from before versions were recorded), or all of them with $all. Paging by id, not
// SKIP, so documents re-extracted meanwhile neither shift the pages nor get visited twice.
// params: $version: int, $all: boolean, $after: string ('' to start), $limit: int
// returns: id (string)
MATCH (d:Document)
WHERE d.id > $after AND ($all OR coalesce(d.extractorVersion, 0) < $version)
RETURN d.id AS id
ORDER BY d.id
LIMIT toInteger($limit)
