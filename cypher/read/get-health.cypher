// Health probe: proves a read transaction works end to end and reports the server's version.
// params: none
// returns: name (string), version (string), edition (string)
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
