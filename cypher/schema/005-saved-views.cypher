// Saved views (server/plugins/app/views/views-repository.ts): one SavedView node per view, keyed by its id,
// its name unique regardless of case and spacing (nameKey), and listed latest first by updatedAt. They are
// not graph knowledge: nothing else reads them.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_view_name IF NOT EXISTS FOR (n:SavedView) REQUIRE n.nameKey IS UNIQUE;
CREATE INDEX saved_view_updated IF NOT EXISTS FOR (n:SavedView) ON (n.updatedAt);
