// The one node that carries the graph's version: every write transaction increments it
// (write/bump-graph-version), so the API keys everything it derives from the graph by it. The constraint
// makes the bump a locking index seek, and a second node impossible.
CREATE CONSTRAINT graph_state_key IF NOT EXISTS FOR (n:GraphState) REQUIRE n.key IS UNIQUE;
