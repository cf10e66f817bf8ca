// The in-memory "Belajar dari" index (learn-from-index.ts) reads this once per graph version: every
// programme and sector, so that one with no events is still known (an empty list, not a 404).
// params: none
// returns: type ('program'|'sector'), id, name (string|null)
MATCH (g:Program)
WHERE g.id IS NOT NULL
RETURN 'program' AS type, g.id AS id, g.name AS name
UNION ALL
MATCH (s:Sector)
WHERE s.id IS NOT NULL
RETURN 'sector' AS type, s.id AS id, s.name AS name
