// Range indexes for the filters analysts use most: events by date and kind, regions by kind.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX region_kind IF NOT EXISTS FOR (n:Region) ON (n.kind);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.publishedAt);
// The loader's event-identity lookup: same kind, same set of parties.
CREATE INDEX event_kind_parties IF NOT EXISTS FOR (n:Event) ON (n.kind, n.partyKey);
