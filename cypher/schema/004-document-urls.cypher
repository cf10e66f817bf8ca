// Documents read from the web are found again by their addresses (read/find-documents-by-url.cypher):
// the address fetched and the canonical address the page declares.
CREATE INDEX document_url IF NOT EXISTS FOR (n:Document) ON (n.url);
CREATE INDEX document_canonical_url IF NOT EXISTS FOR (n:Document) ON (n.canonicalUrl);
