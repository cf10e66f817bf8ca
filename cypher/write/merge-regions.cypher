// Loads the official region list (idn-area-data) and links each kabupaten/kota to its province.
// params: $rows: list of {code: string, name: string, kind: string, provinceCode: string, searchText: string}
// returns: regions (int), the number of rows merged
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.kind = row.kind, r.official = true, r.searchText = row.searchText
WITH r, row
CALL (r, row) {
  // MERGE, not MATCH: the province row may come later in the same batch; its own row fills in its name.
  WITH r, row WHERE row.kind <> 'province'
  MERGE (p:Region {code: row.provinceCode})
  MERGE (r)-[:IN_PROVINCE]->(p)
}
RETURN count(*) AS regions
