// Replaces a saved view's name, creator and state, keeping its id and createdAt (PUT /api/views/:id), unless
// another view holds the new name: then nothing is written and takenBy names that view.
// params: $id: string, $name: string, $nameKey: string (the name folded: lower case, single spaces),
//         $creator: string, $state: string, $now: string (ISO 8601)
// returns: view ({id, name, creator, createdAt, updatedAt}), takenBy ({id, name} or null);
//          no row when there is no such view
MATCH (v:SavedView {id: $id})
OPTIONAL MATCH (taken:SavedView {nameKey: $nameKey})
  WHERE taken.id <> $id
CALL (v, taken) {
  WITH v, taken
  WHERE taken IS NULL
  SET v.name = $name, v.nameKey = $nameKey, v.creator = $creator, v.state = $state, v.updatedAt = $now
}
RETURN v {.id, .name, .creator, .createdAt, .updatedAt} AS view, taken {.id, .name} AS takenBy
