// A page of saved views, latest saved or replaced first, without their states, and how many there are
// (GET /api/views). The count comes from the count store; the page walks the updatedAt index backwards.
// params: $offset: int, $limit: int
// returns: total (int), views (list<{id, name, creator, createdAt, updatedAt}>); always one row
CALL () {
  MATCH (v:SavedView)
  RETURN count(v) AS total
}
CALL () {
  MATCH (v:SavedView)
  WHERE v.updatedAt IS NOT NULL
  WITH v
  ORDER BY v.updatedAt DESC, v.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(v {.id, .name, .creator, .createdAt, .updatedAt}) AS views
}
RETURN total, views
