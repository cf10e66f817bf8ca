// Stores a new saved view (POST /api/views), unless another view holds its name: then nothing is written and
// takenBy names that view. The id is a fresh random UUID; the constraints saved_view_id and saved_view_name
// refuse a second node with either (two saves of one name at once: the later one fails with a conflict).
// params: $id: string, $name: string, $nameKey: string (the name folded: lower case, single spaces),
//         $creator: string, $state: string, $now: string (ISO 8601)
// returns: view ({id, name, creator, createdAt, updatedAt}, null when the name is taken),
//          takenBy ({id, name} of the view holding the name, or null); always one row
OPTIONAL MATCH (taken:SavedView {nameKey: $nameKey})
CALL (taken) {
  WITH taken
  WHERE taken IS NULL
  CREATE
    (:SavedView {
      id: $id,
      name: $name,
      nameKey: $nameKey,
      creator: $creator,
      state: $state,
      createdAt: $now,
      updatedAt: $now
    })
}
WITH taken
OPTIONAL MATCH (v:SavedView {id: $id})
RETURN v {.id, .name, .creator, .createdAt, .updatedAt} AS view, taken {.id, .name} AS takenBy
