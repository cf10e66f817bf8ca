// How many stored documents carry facts of an extractor older than this one (or of one from before
// documents recorded their extractor's version): `npm start`'s notice, health and `npm run reextract`.
// params: $version: int (extract/extractor-version.ts)
// returns: outdated (int), documents (int), newest (int|null): the highest version stored
MATCH (d:Document)
RETURN count(CASE WHEN coalesce(d.extractorVersion, 0) < $version THEN 1 END) AS outdated,
  count(d) AS documents, max(d.extractorVersion) AS newest
