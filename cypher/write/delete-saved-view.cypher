// Deletes a saved view (DELETE /api/views/:id). A SavedView has no relationships.
// params: $id: string
// returns: deleted (int: 1, or 0 when there was no such view); always one row
OPTIONAL MATCH (v:SavedView {id: $id})
DELETE v
RETURN count(v) AS deleted
