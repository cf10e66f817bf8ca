// One saved view with its state (GET /api/views/:id).
// params: $id: string
// returns: view ({id, name, creator, state, createdAt, updatedAt}); no row when there is no such view
MATCH (v:SavedView {id: $id})
RETURN v {.id, .name, .creator, .state, .createdAt, .updatedAt} AS view
