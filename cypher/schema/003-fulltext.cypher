// One full-text index over everything a user can search by name, alias or abbreviation. searchText holds
// the name and aliases folded to lower case without accents, so the analyzer only has to split words.
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Region|Person|Program|Organization|Event)
ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
